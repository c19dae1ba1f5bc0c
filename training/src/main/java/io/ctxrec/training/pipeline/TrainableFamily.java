package io.ctxrec.training.pipeline;

import io.ctxrec.domain.family.ModelFamily;
import io.ctxrec.domain.scoring.ScoringModel;
import io.ctxrec.training.dataset.PreparedDataset;
import java.nio.file.Path;

/**
 * A model family with a training step of its own (the DL4J families train with the pipeline's
 * {@link ModelTrainer} instead): registered like any family, trained, evaluated and saved by the pipeline.
 */
public interface TrainableFamily extends ModelFamily {

    /**
     * Trains this family's model on {@code data} for {@code version} and saves it into {@code folder}, so that
     * {@link #load} reads it back.
     *
     * @return the trained model, which the pipeline evaluates
     */
    ScoringModel train(String version, PreparedDataset data, Path folder);
}
