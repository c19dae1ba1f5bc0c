package io.ctxrec.domain.scoring;

/**
 * A trained model that scores one user against many items in one context. Implementations must be
 * safe to call from several threads at once.
 */
public interface ScoringModel {

    ModelName name();

    /** The model version (training run) this model belongs to. */
    String version();

    /**
     * Scores {@code items} for {@code user}; higher is better, in [0, 1] for the sigmoid models.
     *
     * @param user    the user's index from the version's user encoder
     * @param items   item indexes from the version's item encoder
     * @param context per-feature context indexes (see {@code EncoderSet.encodeContext}); ignored by
     *                models that do not use context
     * @return one score per item, in the order of {@code items}
     */
    float[] score(int user, int[] items, int[] context);
}
