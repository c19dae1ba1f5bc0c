package io.ctxrec.adapters.dl4j;

import io.ctxrec.domain.scoring.ModelName;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.graph.ComputationGraph;

/**
 * Builds the DL4J models ({@link Dl4jFamily}) as graphs. Inputs, in order: {@code user} and {@code item}
 * ([batch, 1] indexes as floats), then for ENCM {@code context_0..context_{k-1}}, one per context
 * feature. The single output is P(interaction) in (0, 1), trained on binary cross-entropy with Adam.
 */
public final class ModelArchitectures {
    private ModelArchitectures() {
    }

    /** A freshly initialised graph (seeded by {@link ModelConfig#seed()}). */
    public static ComputationGraph build(ModelName model, ModelConfig config) {
        ComputationGraph graph = new ComputationGraph(configuration(model, config));
        graph.init();
        return graph;
    }

    public static ComputationGraphConfiguration configuration(ModelName model, ModelConfig config) {
        return Dl4jFamily.of(model).configuration(config);
    }

    /** Number of context inputs the graph takes: 0 for the models that ignore context. */
    public static int contextInputs(ComputationGraph graph) {
        return graph.getNumInputArrays() - 2;
    }

    /** Every trained number, SameDiff vertex parameters included ({@code numParams()} counts layers only). */
    public static long parameterCount(ComputationGraph graph) {
        return graph.params().length();
    }

    /** LNCM's learned mixing weight of the linear part, sigmoid(alpha), in (0, 1). */
    public static double lncmLinearWeight(ComputationGraph lncm) {
        return AlphaMixVertex.linearWeight(
                lncm.getVertex(LncmArchitecture.MIX).paramTable(false).get(AlphaMixVertex.ALPHA).getDouble(0));
    }
}
