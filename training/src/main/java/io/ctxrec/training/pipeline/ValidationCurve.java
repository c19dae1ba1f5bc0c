package io.ctxrec.training.pipeline;

import io.ctxrec.adapters.dl4j.TrainingHistory;
import java.util.List;
import java.util.Objects;

/**
 * What early stopping saw: the validation NDCG@K after each epoch, the epoch it chose (the best; 0 when
 * the model was trained without early stopping) and the history of that watched training, which is
 * not the served model's own when the model was then retrained on all the training data, and the popularity
 * blend chosen on the same cases ({@link PopularityBlendFit.Choice#NONE} when none was fitted), and the
 * scores of those cases ({@link ValidationRanking}'s rows) by the watched model at its best epoch, blended as
 * it serves, on which the ensemble is fitted (none without early stopping).
 */
public record ValidationCurve(int bestEpoch, double[] ndcg, TrainingHistory watched, PopularityBlendFit.Choice blend,
                              float[][] scores) {
    public static final ValidationCurve NONE = new ValidationCurve(0, new double[0], new TrainingHistory(List.of()));

    /** Without a popularity blend or validation scores. */
    public ValidationCurve(int bestEpoch, double[] ndcg, TrainingHistory watched) {
        this(bestEpoch, ndcg, watched, PopularityBlendFit.Choice.NONE, new float[0][]);
    }

    public ValidationCurve {
        if (bestEpoch < 0 || bestEpoch > ndcg.length) {
            throw new IllegalArgumentException("best epoch " + bestEpoch + " is not one of " + ndcg.length + " epochs");
        }
        ndcg = ndcg.clone();
        Objects.requireNonNull(watched, "watched");
        Objects.requireNonNull(blend, "blend");
        scores = deepCopy(Objects.requireNonNull(scores, "scores"));
    }

    /** The chosen popularity blend's beta, 0 for none. */
    public double popularityBlend() {
        return blend.beta();
    }

    @Override
    public double[] ndcg() {
        return ndcg.clone();
    }

    /** A copy: a record is a value, and the ensemble's fit must not change what another reader sees. */
    @Override
    public float[][] scores() {
        return deepCopy(scores);
    }

    private static float[][] deepCopy(float[][] rows) {
        float[][] copy = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i] == null ? null : rows[i].clone();
        }
        return copy;
    }
}
