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
     * @return one score per item, in the order of {@code items}: a new array, the caller's to keep or change
     */
    float[] score(int user, int[] items, int[] context);

    /**
     * Scores a block of requests at once, request {@code r} being {@code users[r]} against {@code items[r]}
     * in {@code contexts[r]}: one score array per request, as {@link #score} would give it. A model may
     * compute the block as a few large matrix products (offline evaluation scores thousands of users);
     * by default it scores the requests one by one.
     */
    default float[][] scoreBlock(int[] users, int[][] items, int[][] contexts) {
        BlockRequests.check(users, items, contexts);
        float[][] scores = new float[users.length][];
        for (int r = 0; r < users.length; r++) {
            scores[r] = score(users[r], items[r], contexts[r]);
        }
        return scores;
    }

    /**
     * The log-odds of {@link #score}'s scores ({@link LogOdds}), for a model whose scores are probabilities (the
     * four trained models end in a sigmoid): what a popularity blend adds the items' popularity to
     * ({@link PopularityBlend}). By default from {@link #score}; a model that has its logits before the sigmoid
     * answers them (kept within {@link LogOdds#LIMIT}), sparing an exp and a log per item. A new array, the
     * caller's.
     */
    default float[] logOdds(int user, int[] items, int[] context) {
        return LogOdds.ofProbabilitiesInPlace(score(user, items, context));
    }

    /** {@link #logOdds} of a block of requests, as {@link #scoreBlock} scores them. */
    default float[][] logOddsBlock(int[] users, int[][] items, int[][] contexts) {
        float[][] scores = scoreBlock(users, items, contexts);
        for (float[] request : scores) {
            LogOdds.ofProbabilitiesInPlace(request);
        }
        return scores;
    }
}
