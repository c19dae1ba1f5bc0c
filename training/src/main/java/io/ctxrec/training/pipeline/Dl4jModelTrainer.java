package io.ctxrec.training.pipeline;

import io.ctxrec.adapters.dl4j.EpochCheck;
import io.ctxrec.adapters.dl4j.EpochListener;
import io.ctxrec.adapters.dl4j.ModelArchitectures;
import io.ctxrec.adapters.dl4j.ModelConfig;
import io.ctxrec.adapters.dl4j.TrainingHistory;
import io.ctxrec.adapters.dl4j.TrainingLoop;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.training.dataset.EpochSampler;
import io.ctxrec.training.dataset.PreparedDataset;
import java.time.Duration;
import org.deeplearning4j.nn.graph.ComputationGraph;

/**
 * The pipeline's {@link ModelTrainer} on DL4J: builds the named model's graph and trains it with the
 * {@link TrainingLoop}, drawing the config's number of fresh negatives per positive (by its negative alpha) for every epoch from
 * the dataset's {@link EpochSampler}.
 */
public final class Dl4jModelTrainer implements ModelTrainer {

    @Override
    public TrainedModel train(ModelName model, ModelConfig config, PreparedDataset data, EpochListener listener,
                              EpochCheck check) {
        long start = System.nanoTime();
        ComputationGraph graph = ModelArchitectures.build(model, config);
        EpochSampler sampler = data.epochSampler(config.negativesPerPositive(), config.negativeAlpha());
        TrainingHistory history = new TrainingLoop(config)
                .train(graph, epoch -> EpochSamples.of(sampler.examples(epoch)), listener, check);
        return new TrainedModel(model, graph, config, history, Duration.ofNanos(System.nanoTime() - start));
    }
}
