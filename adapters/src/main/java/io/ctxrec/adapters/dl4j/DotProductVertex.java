package io.ctxrec.adapters.dl4j;

import java.util.Map;
import org.deeplearning4j.nn.conf.layers.samediff.SDVertexParams;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The matrix-factorisation interaction: row-wise dot product of two [batch, d] inputs, as [batch, 1]. */
public class DotProductVertex extends ScalarOutputVertex {

    public DotProductVertex() {
        // for DL4J's JSON deserialisation
    }

    @Override
    public void defineParametersAndInputs(SDVertexParams params) {
        params.defineInputs("left", "right");
    }

    @Override
    public void initializeParameters(Map<String, INDArray> params) {
        // no parameters
    }

    @Override
    INDArray forward(INDArray[] in, Map<String, INDArray> params) {
        return in[0].mul(in[1]).sum(true, 1);
    }

    @Override
    INDArray[] backward(INDArray[] in, INDArray epsilon, Map<String, INDArray> params,
                        Map<String, INDArray> gradients) {
        return new INDArray[] {in[1].mulColumnVector(epsilon), in[0].mulColumnVector(epsilon)};
    }
}
