package io.ctxrec.training.pipeline;

import io.ctxrec.adapters.dl4j.EpochCheck;
import io.ctxrec.adapters.dl4j.EpochListener;
import io.ctxrec.adapters.dl4j.ModelConfig;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.training.dataset.PreparedDataset;

/** Trains one model on a prepared dataset for the config's epochs, or fewer once {@code check} stops it. */
public interface ModelTrainer {

    TrainedModel train(ModelName model, ModelConfig config, PreparedDataset data, EpochListener listener,
                       EpochCheck check);
}
