package io.ctxrec.training.pipeline;

import io.ctxrec.adapters.dl4j.TrainingHistory;
import java.util.List;
import java.util.Objects;

/**
 * What early stopping saw: the validation NDCG@K after each epoch, the epoch it chose (the best; 0 when
 * the model was trained without early stopping) and the history of that watched training, which is
 * not the served model's own when the model was then retrained on all the training data.
 */
public record ValidationCurve(int bestEpoch, double[] ndcg, TrainingHistory watched) {
    public static final ValidationCurve NONE = new ValidationCurve(0, new double[0], new TrainingHistory(List.of()));

    public ValidationCurve {
        if (bestEpoch < 0 || bestEpoch > ndcg.length) {
            throw new IllegalArgumentException("best epoch " + bestEpoch + " is not one of " + ndcg.length + " epochs");
        }
        ndcg = ndcg.clone();
        Objects.requireNonNull(watched, "watched");
    }

    @Override
    public double[] ndcg() {
        return ndcg.clone();
    }
}
