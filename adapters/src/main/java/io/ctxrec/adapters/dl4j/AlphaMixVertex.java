package io.ctxrec.adapters.dl4j;

import java.util.Map;
import org.deeplearning4j.nn.conf.layers.samediff.SDVertexParams;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * LNCM's mix: {@code sigmoid(alpha)·linear + (1 − sigmoid(alpha))·neural} with one learned scalar alpha.
 * Both inputs are logits ([batch, 1]) and so is the output; the final sigmoid is the loss layer's.
 * Alpha starts at 0, an even mix, and is a bias parameter so L2 does not pull it back to 0.
 */
public class AlphaMixVertex extends ScalarOutputVertex {
    static final String ALPHA = "alpha";

    public AlphaMixVertex() {
        // for DL4J's JSON deserialisation
    }

    static double linearWeight(double alpha) {
        return 1.0 / (1.0 + Math.exp(-alpha));
    }

    @Override
    public void defineParametersAndInputs(SDVertexParams params) {
        params.defineInputs("linear", "neural");
        params.addBiasParam(ALPHA, 1, 1);
    }

    @Override
    public void initializeParameters(Map<String, INDArray> params) {
        params.get(ALPHA).assign(0);
    }

    @Override
    INDArray forward(INDArray[] in, Map<String, INDArray> params) {
        double s = linearWeight(params.get(ALPHA).getDouble(0));
        return in[0].mul(s).addi(in[1].mul(1 - s));
    }

    @Override
    INDArray[] backward(INDArray[] in, INDArray epsilon, Map<String, INDArray> params,
                        Map<String, INDArray> gradients) {
        double s = linearWeight(params.get(ALPHA).getDouble(0));
        // d out / d alpha = (linear - neural) · s · (1 - s)
        double dAlpha = in[0].sub(in[1]).muli(epsilon).sumNumber().doubleValue() * s * (1 - s);
        gradients.get(ALPHA).assign(dAlpha);
        return new INDArray[] {epsilon.mul(s), epsilon.mul(1 - s)};
    }
}
