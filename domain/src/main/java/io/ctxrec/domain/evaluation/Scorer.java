package io.ctxrec.domain.evaluation;

import io.ctxrec.domain.scoring.BlockRequests;
import io.ctxrec.domain.scoring.ScoringModel;

/**
 * Anything that scores one user's candidate items in one context, higher being better: a trained
 * {@link ScoringModel} or a baseline such as {@link ItemPopularity}. Must be safe to call from several
 * threads at once: the evaluator scores blocks of users in parallel.
 */
@FunctionalInterface
public interface Scorer {

    /** One score per item, in the order of {@code items}; see {@link ScoringModel#score}. */
    float[] score(int user, int[] items, int[] context);

    /** A block of requests at once; see {@link ScoringModel#scoreBlock}. By default one by one. */
    default float[][] scoreBlock(int[] users, int[][] items, int[][] contexts) {
        BlockRequests.check(users, items, contexts);
        float[][] scores = new float[users.length][];
        for (int r = 0; r < users.length; r++) {
            scores[r] = score(users[r], items[r], contexts[r]);
        }
        return scores;
    }

    /** The model's own scores, its block scoring included. */
    static Scorer of(ScoringModel model) {
        return new Scorer() {
            @Override
            public float[] score(int user, int[] items, int[] context) {
                return model.score(user, items, context);
            }

            @Override
            public float[][] scoreBlock(int[] users, int[][] items, int[][] contexts) {
                return model.scoreBlock(users, items, contexts);
            }
        };
    }
}
