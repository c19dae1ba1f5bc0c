package io.ctxrec.adapters.dl4j;

import io.ctxrec.domain.scoring.ScoringModel;

/**
 * Serving-time scorers: a trained model with its item side computed once per version, so a request costs
 * a few vector operations per item and concurrent requests do not queue behind the graph's lock.
 */
public final class PrecomputedScorers {
    private PrecomputedScorers() {
    }

    /** The fast equivalent of {@code model}: same name, version, checks and scores (to float rounding). */
    public static ScoringModel of(Dl4jScoringModel model) {
        return Dl4jFamily.of(model.name()).scorer(model);
    }
}
