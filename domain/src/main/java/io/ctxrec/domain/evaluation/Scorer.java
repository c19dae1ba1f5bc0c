package io.ctxrec.domain.evaluation;

import io.ctxrec.domain.scoring.ScoringModel;

/**
 * Anything that scores one user's candidate items in one context, higher being better: a trained
 * {@link ScoringModel} or a baseline such as {@link ItemPopularity}.
 */
@FunctionalInterface
public interface Scorer {

    /** One score per item, in the order of {@code items}; see {@link ScoringModel#score}. */
    float[] score(int user, int[] items, int[] context);

    static Scorer of(ScoringModel model) {
        return model::score;
    }
}
