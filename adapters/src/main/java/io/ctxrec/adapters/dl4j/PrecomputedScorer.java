package io.ctxrec.adapters.dl4j;

import io.ctxrec.domain.scoring.BlockRequests;
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
        ScoringRequest.check(config, contextFeatures, user, items, context);
        float[] scores = new float[items.length];
        if (items.length > 0) {
            logits(user, items, context, scores);
        }
        sigmoid(scores);
        return scores;
    }

    /** Checks every request of the block first, then scores them together ({@link #blockLogits}). */
    @Override
    public final float[][] scoreBlock(int[] users, int[][] items, int[][] contexts) {
        BlockRequests.check(users, items, contexts);
        float[][] scores = new float[users.length][];
        for (int r = 0; r < users.length; r++) {
            ScoringRequest.check(config, contextFeatures, users[r], items[r], contexts[r]);
            scores[r] = new float[items[r].length];
        }
        blockLogits(users, items, contexts, scores);
        for (float[] request : scores) {
            sigmoid(request);
        }
        return scores;
    }

    private static void sigmoid(float[] logits) {
        for (int i = 0; i < logits.length; i++) {
            logits[i] = (float) (1.0 / (1.0 + Math.exp(-logits[i])));
        }
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
