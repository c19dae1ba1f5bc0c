package io.ctxrec.training.pipeline;

import io.ctxrec.adapters.dl4j.EpochCheck;
import io.ctxrec.adapters.dl4j.EpochReport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Scores the graph on the validation split after every epoch, remembers the best epoch and its weights,
 * and stops training once {@code patience} epochs in a row have not beaten the best (a tie is no gain,
 * so the earlier, cheaper epoch wins).
 */
final class EarlyStopping implements EpochCheck {
    private final int patience;
    private final ToDoubleFunction<ComputationGraph> validation;
    private final List<Double> curve = new ArrayList<>();
    private double best = Double.NEGATIVE_INFINITY;
    private int bestEpoch;
    private INDArray bestWeights;

    EarlyStopping(int patience, ToDoubleFunction<ComputationGraph> validation) {
        if (patience < 1) {
            throw new IllegalArgumentException("patience must be at least 1, was " + patience);
        }
        this.patience = patience;
        this.validation = validation;
    }

    @Override
    public boolean proceed(ComputationGraph graph, EpochReport report) {
        double score = validation.applyAsDouble(graph);
        curve.add(score);
        if (score > best) {
            best = score;
            bestEpoch = report.epoch();
            bestWeights = graph.params().dup();
        }
        return report.epoch() - bestEpoch < patience;
    }

    /** The best validation score; negative infinity before the first epoch. */
    double best() {
        return best;
    }

    /** The best epoch, 1-based; 0 before the first. */
    int bestEpoch() {
        return bestEpoch;
    }

    double[] curve() {
        return curve.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Puts the best epoch's weights back into {@code graph}. */
    void restoreBest(ComputationGraph graph) {
        if (bestWeights == null) {
            throw new IllegalStateException("no epoch was validated");
        }
        graph.setParams(bestWeights);
    }
}
