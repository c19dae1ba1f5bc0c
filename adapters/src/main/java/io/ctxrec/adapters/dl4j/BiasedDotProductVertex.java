package io.ctxrec.adapters.dl4j;

import java.util.Map;
import org.deeplearning4j.nn.conf.layers.samediff.SDVertexParams;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Biased matrix factorisation's logit: dot(user, item) + user bias + item bias + a learned global bias.
 * The global bias is a bias parameter, so L2 (a weight regulariser) leaves it alone.
 */
public class BiasedDotProductVertex extends ScalarOutputVertex {
    static final String GLOBAL_BIAS = "globalBias";

    public BiasedDotProductVertex() {
        // for DL4J's JSON deserialisation
    }

    @Override
    public void defineParametersAndInputs(SDVertexParams params) {
        params.defineInputs("user", "item", "userBias", "itemBias");
        params.addBiasParam(GLOBAL_BIAS, 1, 1);
    }

    @Override
    public void initializeParameters(Map<String, INDArray> params) {
        params.get(GLOBAL_BIAS).assign(0);
    }

    @Override
    public SDVariable defineVertex(SameDiff sd, Map<String, SDVariable> in, Map<String, SDVariable> params,
                                   Map<String, SDVariable> masks) {
        SDVariable dot = in.get("user").mul(in.get("item")).sum(true, 1);
        return dot.add(in.get("userBias")).add(in.get("itemBias")).add(params.get(GLOBAL_BIAS));
    }
}
