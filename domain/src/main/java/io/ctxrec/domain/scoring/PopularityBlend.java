package io.ctxrec.domain.scoring;

import java.util.Objects;

/**
 * A model's sigmoid score blended with its item's training popularity in log-odds space:
 * {@code (logit(s) + beta * log(1 + count)) / (1 + beta)}. Adding {@code beta * log(1 + count)} to the log-odds
 * multiplies the model's odds by {@code (1 + count)^beta}, the way an item bias term learned from the counts
 * would; both terms are logarithms, so one beta means the same on any shop whatever its scale of counts.
 * Dividing by {@code 1 + beta} leaves the ranking alone and keeps a float's resolution for the model's part
 * when beta is large: at {@link #POPULARITY_FIRST} the list is by popularity with the model breaking ties.
 * Beta 0 is the model itself, its scores untouched. The blended score is a ranking score, not a probability.
 * A blended model blends its model's {@link ScoringModel#logOdds log-odds}: the trained models give their logits
 * as they are, which spares a sigmoid and a logarithm per item and request (16 % of init's CPU as profiled).
 */
public final class PopularityBlend {
    /** No blend: the model's own scores. */
    public static final double NONE = 0;
    /** Large enough that popularity decides and the model only orders items of (nearly) equal count. */
    public static final double POPULARITY_FIRST = 1e6;

    private final double beta;
    private final double[] logCounts;

    private PopularityBlend(double beta, double[] logCounts) {
        this.beta = beta;
        this.logCounts = logCounts;
    }

    /** @param counts each item's positive training interactions, indexed by item */
    public static PopularityBlend of(double beta, long[] counts) {
        if (!(beta >= 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("popularity blend must be a number >= 0, was " + beta);
        }
        Objects.requireNonNull(counts, "counts");
        double[] logCounts = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException("count of item " + i + " must not be negative, was " + counts[i]);
            }
            logCounts[i] = Math.log1p(counts[i]);
        }
        return new PopularityBlend(beta, logCounts);
    }

    public double beta() {
        return beta;
    }

    /** Number of items it knows the counts of. */
    public int items() {
        return logCounts.length;
    }

    /** The blended scores of {@code items} given the model's {@code scores} of them (a new array; the same for beta 0). */
    public float[] apply(int[] items, float[] scores) {
        return beta == NONE ? scores : blendLogOdds(items, LogOdds.ofProbabilitiesInPlace(scores.clone()));
    }

    /**
     * The blended scores of {@code items} given the model's log-odds of them ({@link ScoringModel#logOdds}),
     * written over {@code logOdds} (a model's fresh array: serving blends every product on sale for each request,
     * and a second array of them each time was garbage).
     */
    float[] blendLogOdds(int[] items, float[] logOdds) {
        if (items.length != logOdds.length) {
            throw new IllegalArgumentException(logOdds.length + " scores for " + items.length + " items");
        }
        for (int i = 0; i < logOdds.length; i++) {
            if (items[i] < 0 || items[i] >= logCounts.length) {
                throw new IllegalArgumentException("item " + items[i] + " is outside [0, " + logCounts.length + ")");
            }
            logOdds[i] = (float) ((logOdds[i] + beta * logCounts[items[i]]) / (1 + beta));
        }
        return logOdds;
    }

    /** {@code model} with its scores blended; {@code model} itself for beta 0. */
    public ScoringModel applyTo(ScoringModel model) {
        Objects.requireNonNull(model, "model");
        return beta == NONE ? model : new Blended(model, this);
    }

    @Override
    public String toString() {
        return "PopularityBlend[beta=" + beta + ", items=" + logCounts.length + "]";
    }

    private record Blended(ScoringModel model, PopularityBlend blend) implements ScoringModel {
        @Override
        public ModelName name() {
            return model.name();
        }

        @Override
        public String version() {
            return model.version();
        }

        @Override
        public float[] score(int user, int[] items, int[] context) {
            return blend.blendLogOdds(items, model.logOdds(user, items, context));
        }

        @Override
        public float[][] scoreBlock(int[] users, int[][] items, int[][] contexts) {
            float[][] scores = model.logOddsBlock(users, items, contexts);
            for (int r = 0; r < scores.length; r++) {
                blend.blendLogOdds(items[r], scores[r]);
            }
            return scores;
        }

        @Override
        public String toString() {
            return model + " blended with popularity, beta " + blend.beta;
        }

        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
