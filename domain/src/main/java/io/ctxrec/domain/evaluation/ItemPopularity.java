package io.ctxrec.domain.evaluation;

import java.util.Objects;

/**
 * The ItemPop baseline: an item's score is its number of positive training interactions, divided by
 * the largest such number so scores lie in [0, 1] (the ranking is the same as by raw count, and RMSE
 * against 0/1 labels stays comparable with the sigmoid models). Ignores the user and the context.
 */
public final class ItemPopularity implements Scorer {
    private final long[] counts;
    private final long max;

    private ItemPopularity(long[] counts) {
        this.counts = counts;
        long m = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException("count of item " + i + " must not be negative, was " + counts[i]);
            }
            m = Math.max(m, counts[i]);
        }
        this.max = m;
    }

    /** From per-item positive counts, indexed by item. */
    public static ItemPopularity fromCounts(long[] counts) {
        return new ItemPopularity(Objects.requireNonNull(counts, "counts").clone());
    }

    /** From the item index of every positive training interaction (repeats count again). */
    public static ItemPopularity fromPositives(int nItems, int[] positiveItems) {
        long[] counts = new long[nItems];
        for (int item : positiveItems) {
            checkItem(item, nItems);
            counts[item]++;
        }
        return new ItemPopularity(counts);
    }

    /** Each item's count, indexed by item (a copy). */
    public long[] counts() {
        return counts.clone();
    }

    public long count(int item) {
        checkItem(item, counts.length);
        return counts[item];
    }

    @Override
    public float[] score(int user, int[] items, int[] context) {
        float[] scores = new float[items.length];
        for (int i = 0; i < items.length; i++) {
            checkItem(items[i], counts.length);
            scores[i] = max == 0 ? 0f : (float) ((double) counts[items[i]] / max);
        }
        return scores;
    }

    private static void checkItem(int item, int nItems) {
        if (item < 0 || item >= nItems) {
            throw new IllegalArgumentException("item " + item + " is outside [0, " + nItems + ")");
        }
    }
}
