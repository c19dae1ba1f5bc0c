package io.ctxrec.adapters.dl4j;

import java.util.Map;
import org.deeplearning4j.nn.conf.layers.samediff.SDVertexParams;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
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
    public SDVariable defineVertex(SameDiff sd, Map<String, SDVariable> in, Map<String, SDVariable> params,
                                   Map<String, SDVariable> masks) {
        SDVariable weight = sd.nn().sigmoid(params.get(ALPHA));
        SDVariable neural = in.get("neural");
        return in.get("linear").sub(neural).mul(weight).add(neural);
    }
}
