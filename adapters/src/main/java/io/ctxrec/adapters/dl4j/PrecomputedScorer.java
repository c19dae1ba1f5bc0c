package io.ctxrec.adapters.dl4j;

import io.ctxrec.domain.scoring.BlockRequests;
import io.ctxrec.domain.scoring.LogOdds;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.domain.scoring.ScoringModel;

/**
 * A trained model's scores computed from float copies of its parameters, the item side of the network
 * computed once per version: no lock, no shared mutable state (each request allocates its scratch space),
 * so concurrent requests run side by side. Same checks, same scores (to float rounding) as its
 * {@link Dl4jScoringModel}; all four models end in a sigmoid of one logit per item.
 */
abstract class PrecomputedScorer implements ScoringModel {
    private final ModelName name;
    private final String version;
    private final ModelConfig config;
    private final int contextFeatures;

    PrecomputedScorer(Dl4jScoringModel source) {
        this.name = source.name();
        this.version = source.version();
        this.config = source.config();
        this.contextFeatures = source.contextFeatures();
    }

    @Override
    public final ModelName name() {
        return name;
    }

    @Override
    public final String version() {
        return version;
    }

    @Override
    public final float[] score(int user, int[] items, int[] context) {
        return sigmoid(logits(user, items, context));
    }

    /** The logits themselves, kept within {@link LogOdds#LIMIT}: no sigmoid, no log. */
    @Override
    public final float[] logOdds(int user, int[] items, int[] context) {
        return LogOdds.clampInPlace(logits(user, items, context));
    }

    @Override
    public final float[][] scoreBlock(int[] users, int[][] items, int[][] contexts) {
        float[][] scores = logitsBlock(users, items, contexts);
        for (float[] request : scores) {
            sigmoid(request);
        }
        return scores;
    }

    @Override
    public final float[][] logOddsBlock(int[] users, int[][] items, int[][] contexts) {
        float[][] scores = logitsBlock(users, items, contexts);
        for (float[] request : scores) {
            LogOdds.clampInPlace(request);
        }
        return scores;
    }

    private float[] logits(int user, int[] items, int[] context) {
        ScoringRequest.check(config, contextFeatures, user, items, context);
        float[] logits = new float[items.length];
        if (items.length > 0) {
            logits(user, items, context, logits);
        }
        return logits;
    }

    /** Checks every request of the block first, then computes their logits together ({@link #blockLogits}). */
    private float[][] logitsBlock(int[] users, int[][] items, int[][] contexts) {
        BlockRequests.check(users, items, contexts);
        float[][] logits = new float[users.length][];
        for (int r = 0; r < users.length; r++) {
            ScoringRequest.check(config, contextFeatures, users[r], items[r], contexts[r]);
            logits[r] = new float[items[r].length];
        }
        blockLogits(users, items, contexts, logits);
        return logits;
    }

    private static float[] sigmoid(float[] logits) {
        for (int i = 0; i < logits.length; i++) {
            logits[i] = (float) (1.0 / (1.0 + Math.exp(-logits[i])));
        }
        return logits;
    }

    /** Writes each item's logit into {@code out}; the request has been checked. */
    abstract void logits(int user, int[] items, int[] context, float[] out);

    /**
     * Writes the logits of request {@code r} into {@code out[r]}; the requests have been checked. By default
     * request by request; the tower models put the whole block through their tower's matrix products at once.
     */
    void blockLogits(int[] users, int[][] items, int[][] contexts, float[][] out) {
        for (int r = 0; r < users.length; r++) {
            if (items[r].length > 0) {
                logits(users[r], items[r], contexts[r], out[r]);
            }
        }
    }
}
