package io.ctxrec.training.pipeline;

import io.ctxrec.domain.scoring.PopularityBlend;
import java.util.Arrays;

/**
 * Chooses a model's {@link PopularityBlend} weight on the validation split: each beta of {@link #GRID} (from
 * 0, the model alone, to {@link PopularityBlend#POPULARITY_FIRST}) is applied to the model's validation scores
 * with the item counts of the data the model was fitted on, and the beta with the highest validation NDCG@K
 * wins, a tie going to the smaller beta (the model's own ranking unless popularity measurably helps).
 */
public final class PopularityBlendFit {
    /** Roughly doubling steps: the validation split is too small to tell finer ones apart. */
    static final double[] GRID = {0, 0.125, 0.25, 0.5, 1, 2, 4, 8, PopularityBlend.POPULARITY_FIRST};

    private PopularityBlendFit() {
    }

    /** The chosen beta and each grid beta's validation NDCG@K. */
    public record Choice(double beta, double[] betas, double[] ndcg) {
        public static final Choice NONE = new Choice(PopularityBlend.NONE, new double[0], new double[0]);

        public Choice {
            betas = betas.clone();
            ndcg = ndcg.clone();
        }

        @Override
        public double[] betas() {
            return betas.clone();
        }

        @Override
        public double[] ndcg() {
            return ndcg.clone();
        }

        @Override
        public String toString() {
            return "beta " + beta + " of " + Arrays.toString(betas) + " by NDCG " + Arrays.toString(ndcg);
        }
    }

    /**
     * @param scores the model's scores of {@code ranking}'s cases ({@link ValidationRanking#scores})
     * @param counts each item's positive count in the data the model was fitted on
     */
    public static Choice choose(ValidationRanking ranking, float[][] scores, long[] counts) {
        double[] ndcg = new double[GRID.length];
        int best = 0;
        for (int b = 0; b < GRID.length; b++) {
            PopularityBlend blend = PopularityBlend.of(GRID[b], counts);
            float[][] blended = new float[scores.length][];
            for (int c = 0; c < scores.length; c++) {
                blended[c] = blend.apply(ranking.items(c), scores[c]);
            }
            ndcg[b] = ranking.ndcg(blended);
            if (ndcg[b] > ndcg[best]) {
                best = b;
            }
        }
        return new Choice(GRID[best], GRID, ndcg);
    }
}
