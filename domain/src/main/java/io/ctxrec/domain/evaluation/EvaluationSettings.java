package io.ctxrec.domain.evaluation;

/** Cut-off K, number of sampled negatives per positive and the sampling seed. */
public record EvaluationSettings(int k, int negatives, long seed) {
    public static final int DEFAULT_K = 10;
    public static final long DEFAULT_SEED = 42L;
    public static final EvaluationSettings DEFAULT =
            new EvaluationSettings(DEFAULT_K, NegativeSampler.DEFAULT_COUNT, DEFAULT_SEED);

    public EvaluationSettings {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        if (negatives < 1) {
            throw new IllegalArgumentException("negatives must be at least 1, was " + negatives);
        }
    }

    public EvaluationSettings withSeed(long value) {
        return new EvaluationSettings(k, negatives, value);
    }
}
