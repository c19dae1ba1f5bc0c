package io.ctxrec.training.pipeline;

import io.ctxrec.adapters.dl4j.EpochReport;
import io.ctxrec.domain.scoring.ModelName;

/** Told as a training run advances, e.g. to print progress lines or to answer a status poll. */
public interface TrainingProgress {
    TrainingProgress NONE = new TrainingProgress() { };

    /** A run has a version and is about to prepare the data. */
    default void runStarted(String version, int models, int epochs) {
    }

    /** Model {@code index} (0-based) of the run starts training. */
    default void modelStarted(ModelName model, int index) {
    }

    default void epochFinished(ModelName model, EpochReport report) {
    }

    /** A model's (or the baseline's) evaluation scored another block of test cases, or finished. */
    default void evaluationAdvanced(EvaluationStatus status) {
    }

    /** Sends every event to {@code this}, then to {@code other}. */
    default TrainingProgress andThen(TrainingProgress other) {
        TrainingProgress first = this;
        return new TrainingProgress() {
            @Override
            public void runStarted(String version, int models, int epochs) {
                first.runStarted(version, models, epochs);
                other.runStarted(version, models, epochs);
            }

            @Override
            public void modelStarted(ModelName model, int index) {
                first.modelStarted(model, index);
                other.modelStarted(model, index);
            }

            @Override
            public void epochFinished(ModelName model, EpochReport report) {
                first.epochFinished(model, report);
                other.epochFinished(model, report);
            }

            @Override
            public void evaluationAdvanced(EvaluationStatus status) {
                first.evaluationAdvanced(status);
                other.evaluationAdvanced(status);
            }
        };
    }
}
