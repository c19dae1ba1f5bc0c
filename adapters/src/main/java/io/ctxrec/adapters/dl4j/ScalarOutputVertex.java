package io.ctxrec.adapters.dl4j;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Map;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.samediff.SameDiffVertex;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Base of ctxrec's custom vertices, each outputting one value per sample ([batch, 1]). They extend
 * {@link SameDiffVertex} for its parameter, updater and L2 plumbing (DL4J applies the global config to
 * SameDiff vertices only) but compute forward and backward passes by hand in ND4J ({@link Nd4jVertex}):
 * SameDiff vertices in DL4J 1.0.0-M2.1 double every gradient they pass back, report a wrong training
 * score and crash with workspaces ("Axis array [1065353216] ...").
 * DL4J rebuilds vertices from the model zip's JSON, so subclasses keep a public no-arg constructor and
 * hold no state of their own.
 */
public abstract class ScalarOutputVertex extends SameDiffVertex {

    /** The [batch, 1] output for the inputs (in the order of {@code defineInputs}) and parameters. */
    abstract INDArray forward(INDArray[] inputs, Map<String, INDArray> params);

    /**
     * The loss gradients for every input given the output's gradient {@code epsilon} ([batch, 1]); writes the
     * parameters' gradients, summed over the batch (DL4J divides by the batch size), into {@code gradients}.
     */
    abstract INDArray[] backward(INDArray[] inputs, INDArray epsilon, Map<String, INDArray> params,
                                 Map<String, INDArray> gradients);

    @Override
    public org.deeplearning4j.nn.graph.vertex.GraphVertex instantiate(ComputationGraph graph, String name, int idx,
            INDArray paramsView, boolean initializeParams, DataType networkDatatype) {
        setName(name);
        return new Nd4jVertex(this, graph, name, idx, paramsView, initializeParams, networkDatatype);
    }

    @Override
    public SDVariable defineVertex(SameDiff sameDiff, Map<String, SDVariable> layerInput,
                                   Map<String, SDVariable> paramTable, Map<String, SDVariable> maskVars) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " is computed in ND4J, not SameDiff");
    }

    @Override
    public InputType getOutputType(int layerIndex, InputType... vertexInputs) {
        return InputType.feedForward(1);
    }

    @Override
    public GraphVertex clone() {
        ScalarOutputVertex copy;
        try {
            copy = getClass().getConstructor().newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                 | InvocationTargetException e) {
            throw new IllegalStateException(getClass().getName() + " needs a public no-arg constructor", e);
        }
        // The training settings were applied from the global config; a clone must keep them.
        copy.regularization = regularization == null ? null : new ArrayList<>(regularization);
        copy.regularizationBias = regularizationBias == null ? null : new ArrayList<>(regularizationBias);
        copy.updater = updater == null ? null : updater.clone();
        copy.biasUpdater = biasUpdater == null ? null : biasUpdater.clone();
        copy.gradientNormalization = gradientNormalization;
        copy.gradientNormalizationThreshold = gradientNormalizationThreshold;
        copy.dataType = dataType;
        copy.setName(getName());
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && super.equals(o);
    }

    @Override
    public int hashCode() {
        return 31 * getClass().getName().hashCode() + super.hashCode();
    }
}
