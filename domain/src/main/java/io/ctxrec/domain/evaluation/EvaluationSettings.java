package io.ctxrec.domain.evaluation;

/**
 * Cut-off K, number of sampled negatives per positive, the sampling seed, and at most how many test
 * users the full ranking (against every unseen item) evaluates, a seeded sample of them when there are more.
 */
public record EvaluationSettings(int k, int negatives, long seed, int fullRankingUsers) {
    public static final int DEFAULT_K = 10;
    public static final long DEFAULT_SEED = 42L;
    public static final int DEFAULT_FULL_RANKING_USERS = 5_000;
    public static final EvaluationSettings DEFAULT =
            new EvaluationSettings(DEFAULT_K, NegativeSampler.DEFAULT_COUNT, DEFAULT_SEED);

    public EvaluationSettings {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        if (negatives < 1) {
            throw new IllegalArgumentException("negatives must be at least 1, was " + negatives);
        }
        if (fullRankingUsers < 1) {
            throw new IllegalArgumentException("fullRankingUsers must be at least 1, was " + fullRankingUsers);
        }
    }

    /** Full ranking over at most {@link #DEFAULT_FULL_RANKING_USERS} test users. */
    public EvaluationSettings(int k, int negatives, long seed) {
        this(k, negatives, seed, DEFAULT_FULL_RANKING_USERS);
    }

    public EvaluationSettings withSeed(long value) {
        return new EvaluationSettings(k, negatives, value, fullRankingUsers);
    }

    public EvaluationSettings withFullRankingUsers(int value) {
        return new EvaluationSettings(k, negatives, seed, value);
    }
}
