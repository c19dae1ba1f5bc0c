package io.ctxrec.training.pipeline;

import io.ctxrec.adapters.dl4j.ModelConfig;
import io.ctxrec.adapters.dl4j.TrainingHistory;
import io.ctxrec.domain.scoring.ModelName;
import java.time.Duration;
import org.deeplearning4j.nn.graph.ComputationGraph;

/**
 * A trained graph with the config it was built from, its epochs' reports, the training time (early
 * stopping's watched training included) and what early stopping saw ({@link ValidationCurve#NONE} without).
 */
public record TrainedModel(ModelName name, ComputationGraph graph, ModelConfig config, TrainingHistory history,
                           Duration time, ValidationCurve validation) {

    /** Trained without early stopping. */
    public TrainedModel(ModelName name, ComputationGraph graph, ModelConfig config, TrainingHistory history,
                        Duration time) {
        this(name, graph, config, history, time, ValidationCurve.NONE);
    }

    public double seconds() {
        return time.toNanos() / 1e9;
    }

    /** Samples per second over the whole training, sampling, validation and the watched training included. */
    public double samplesPerSecond() {
        long samples = history.epochs().stream().mapToLong(e -> e.samples()).sum();
        if (validation.watched() != history) {
            samples += validation.watched().epochs().stream().mapToLong(e -> e.samples()).sum();
        }
        return samples / Math.max(seconds(), 1e-9);
    }
}
