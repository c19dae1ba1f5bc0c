package io.ctxrec.adapters.dl4j;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.params.DefaultParamInitializer;

/** Reads trained parameters out of a graph by layer or vertex name, as read-only float copies. */
final class GraphParams {
    static final String MLP = "mlp";

    private GraphParams() {
    }

    /** An embedding table ([rows, dim]) or a dense layer's weights ([nIn, nOut]). */
    static Matrix weights(ComputationGraph graph, String layer) {
        return Matrix.of(graph.getLayer(layer).getParam(DefaultParamInitializer.WEIGHT_KEY));
    }

    static float[] bias(ComputationGraph graph, String layer) {
        return graph.getLayer(layer).getParam(DefaultParamInitializer.BIAS_KEY).toFloatVector();
    }

    static float vertexParam(ComputationGraph graph, String vertex, String key) {
        return graph.getVertex(vertex).paramTable(false).get(key).getFloat(0);
    }

    /**
     * The layers of an MLP tower ({@link GraphParts#mlp}: {@code mlp_0..mlp_{hidden-1}}, ReLU) over an input of
     * {@code inputWidth}, topped by the one-unit layer {@code logitLayer} read as linear, of which only rows
     * {@code logitFrom..} belong to this tower (the rest read another tower's output).
     */
    static Dense[] tower(ComputationGraph graph, int hidden, int inputWidth, String logitLayer, int logitFrom) {
        Dense[] layers = new Dense[hidden + 1];
        int width = inputWidth;
        for (int l = 0; l < hidden; l++) {
            String name = MLP + "_" + l;
            layers[l] = new Dense(weights(graph, name), bias(graph, name), true);
            if (layers[l].inputWidth() != width) {
                throw new IllegalArgumentException("layer " + name + " reads " + layers[l].inputWidth()
                        + " inputs, the tower below it gives " + width);
            }
            width = layers[l].width();
        }
        layers[hidden] = new Dense(weights(graph, logitLayer).rows(logitFrom, logitFrom + width),
                bias(graph, logitLayer), false);
        if (layers[hidden].width() != 1) {
            throw new IllegalArgumentException("layer " + logitLayer + " has " + layers[hidden].width() + " units, not 1");
        }
        return layers;
    }
}
