package io.ctxrec.training.pipeline;

import io.ctxrec.adapters.dl4j.ModelConfig;
import io.ctxrec.adapters.dl4j.TrainingHistory;
import io.ctxrec.domain.scoring.ModelName;
import java.time.Duration;
import org.deeplearning4j.nn.graph.ComputationGraph;

/** A trained graph with the config it was built from, its epochs' reports and the training time. */
public record TrainedModel(ModelName name, ComputationGraph graph, ModelConfig config, TrainingHistory history,
                           Duration time) {

    public double seconds() {
        return time.toNanos() / 1e9;
    }

    /** Samples per second over the whole training, sampling included. */
    public double samplesPerSecond() {
        long samples = history.epochs().stream().mapToLong(e -> e.samples()).sum();
        return samples / Math.max(seconds(), 1e-9);
    }
}
