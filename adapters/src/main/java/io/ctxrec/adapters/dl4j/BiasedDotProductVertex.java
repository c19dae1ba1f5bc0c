package io.ctxrec.adapters.dl4j;

import java.util.Map;
import org.deeplearning4j.nn.conf.layers.samediff.SDVertexParams;
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
    INDArray forward(INDArray[] in, Map<String, INDArray> params) {
        return in[0].mul(in[1]).sum(true, 1).addi(in[2]).addi(in[3]).addi(params.get(GLOBAL_BIAS).getDouble(0));
    }

    @Override
    INDArray[] backward(INDArray[] in, INDArray epsilon, Map<String, INDArray> params,
                        Map<String, INDArray> gradients) {
        gradients.get(GLOBAL_BIAS).assign(epsilon.sumNumber());
        return new INDArray[] {in[1].mulColumnVector(epsilon), in[0].mulColumnVector(epsilon), epsilon.dup(),
                epsilon.dup()};
    }
}
