package io.ctxrec.adapters.dl4j;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A sigmoid whose backprop leaves its input alone. DL4J's overwrites the input with the derivative; in a
 * {@code LossLayer} that input is the previous vertex's output, which DL4J then scores after backprop, so
 * the training loss it reports would be the loss of sigmoid(sigmoid(z)).
 */
public class CopyingSigmoid extends ActivationSigmoid {

    @Override
    public Pair<INDArray, INDArray> backprop(INDArray in, INDArray epsilon) {
        return super.backprop(in.dup(), epsilon);
    }
}
