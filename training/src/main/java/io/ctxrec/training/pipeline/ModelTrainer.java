package io.ctxrec.training.pipeline;

import io.ctxrec.adapters.dl4j.EpochCheck;
import io.ctxrec.adapters.dl4j.EpochListener;
import io.ctxrec.adapters.dl4j.EpochReport;
import io.ctxrec.adapters.dl4j.ModelConfig;
import io.ctxrec.adapters.dl4j.TrainingHistory;
import io.ctxrec.adapters.dl4j.TrainingLoop;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.training.dataset.EpochSampler;
import io.ctxrec.training.dataset.PreparedDataset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Trains one model on a prepared dataset for the config's epochs, or fewer once {@code check} stops it. */
public interface ModelTrainer {

    TrainedModel train(ModelName model, ModelConfig config, PreparedDataset data, EpochListener listener,
                       EpochCheck check);

    /**
     * Goes on training {@code trained}'s graph, as it is (its weights and Adam's state), for {@code more} epochs
     * on {@code data}, numbered from {@code after + 1}; the history is {@code trained}'s first {@code after}
     * epochs and the new ones (early stopping's fold-in, {@link AfterStopping}).
     */
    default TrainedModel goOn(TrainedModel trained, int after, int more, PreparedDataset data, EpochListener listener) {
        long start = System.nanoTime();
        ModelConfig config = trained.config().withEpochs(after + more);
        EpochSampler sampler = data.epochSampler(config.negativesPerPositive(), config.negativeAlpha());
        TrainingHistory added = new TrainingLoop(config).train(trained.graph(), after + 1,
                epoch -> EpochSamples.of(sampler.examples(epoch)), listener, EpochCheck.ALWAYS);
        List<EpochReport> epochs = new ArrayList<>(
                trained.history().epochs().subList(0, Math.min(after, trained.history().epochs().size())));
        epochs.addAll(added.epochs());
        return new TrainedModel(trained.name(), trained.graph(), config, new TrainingHistory(epochs),
                Duration.ofNanos(System.nanoTime() - start));
    }
}
