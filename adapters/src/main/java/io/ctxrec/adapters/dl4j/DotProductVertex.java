package io.ctxrec.adapters.dl4j;

import java.util.Map;
import org.deeplearning4j.nn.conf.layers.samediff.SDVertexParams;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
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
    public SDVariable defineVertex(SameDiff sd, Map<String, SDVariable> in, Map<String, SDVariable> params,
                                   Map<String, SDVariable> masks) {
        return in.get("left").mul(in.get("right")).sum(true, 1);
    }
}
