package io.ctxrec.adapters.dl4j;

import java.util.Map;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.MaskState;
import org.deeplearning4j.nn.api.TrainingConfig;
import org.deeplearning4j.nn.conf.layers.samediff.SDVertexParams;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.BaseGraphVertex;
import org.deeplearning4j.nn.params.SameDiffParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The runtime side of a {@link ScalarOutputVertex}: parameter views, workspaces, gradient bookkeeping. */
final class Nd4jVertex extends BaseGraphVertex {
    private final ScalarOutputVertex config;
    private final INDArray params;
    private final Map<String, INDArray> paramTable;
    private INDArray gradientsView;
    private Map<String, INDArray> gradientTable;

    Nd4jVertex(ScalarOutputVertex config, ComputationGraph graph, String name, int index, INDArray paramsView,
               boolean initializeParams, DataType dataType) {
        super(graph, name, index, null, null, dataType);
        this.config = config;
        this.params = paramsView;
        SDVertexParams vp = config.getVertexParams();
        this.paramTable = SameDiffParamInitializer.getInstance().subsetAndReshape(vp.getParameterKeys(),
                vp.getParamShapes(), paramsView, null, config);
        if (initializeParams) {
            config.initializeParameters(paramTable);
        }
    }

    @Override
    public INDArray doForward(boolean training, LayerWorkspaceMgr workspaceMgr) {
        if (!canDoForward()) {
            throw new IllegalStateException("vertex " + vertexName + ": inputs not set");
        }
        return workspaceMgr.dup(ArrayType.ACTIVATIONS, config.forward(inputs, paramTable));
    }

    @Override
    public Pair<Gradient, INDArray[]> doBackward(boolean tbptt, LayerWorkspaceMgr workspaceMgr) {
        if (!canDoBackward()) {
            throw new IllegalStateException("vertex " + vertexName + ": inputs or epsilon not set");
        }
        INDArray[] inputGradients = config.backward(inputs, epsilon, paramTable, gradientTable);
        for (int i = 0; i < inputGradients.length; i++) {
            inputGradients[i] = workspaceMgr.dup(ArrayType.ACTIVATION_GRAD, inputGradients[i]);
        }
        Gradient gradient = new DefaultGradient(gradientsView);
        if (gradientTable != null) {
            gradientTable.forEach(gradient.gradientForVariable()::put);
        }
        return new Pair<>(gradient, inputGradients);
    }

    @Override
    public void setBackpropGradientsViewArray(INDArray view) {
        SDVertexParams vp = config.getVertexParams();
        gradientsView = view;
        gradientTable = SameDiffParamInitializer.getInstance().subsetAndReshape(vp.getParameterKeys(),
                vp.getParamShapes(), view, null, config);
    }

    @Override
    public Pair<INDArray, MaskState> feedForwardMaskArrays(INDArray[] maskArrays, MaskState currentMaskState,
                                                          int minibatchSize) {
        return new Pair<>(maskArrays == null || maskArrays.length == 0 ? null : maskArrays[0], currentMaskState);
    }

    @Override
    public Map<String, INDArray> paramTable(boolean backpropOnly) {
        return paramTable;
    }

    @Override
    public INDArray params() {
        return params;
    }

    @Override
    public long numParams() {
        return params == null ? 0 : params.length();
    }

    @Override
    public INDArray getGradientsViewArray() {
        return gradientsView;
    }

    @Override
    public TrainingConfig getConfig() {
        return config;
    }

    @Override
    public boolean hasLayer() {
        return false;
    }

    @Override
    public Layer getLayer() {
        return null;
    }

    @Override
    public String toString() {
        return "Nd4jVertex(" + vertexName + ", " + config.getClass().getSimpleName() + ")";
    }
}
