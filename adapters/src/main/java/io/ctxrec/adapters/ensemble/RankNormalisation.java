package io.ctxrec.adapters.ensemble;

/**
 * A model's scores of some items as their ranks among those items, scaled to [0, 1]: the lowest score 0,
 * the highest 1, in even steps of {@code 1 / (n - 1)}; equal scores share the mean of their ranks. Models
 * score on different scales (sigmoids, popularity-blended log-odds), their ranks do not. A NaN ranks below
 * every number; one item alone is 1.
 */
final class RankNormalisation {
    private RankNormalisation() {
    }

    static float[] of(float[] scores) {
        int n = scores.length;
        float[] ranks = new float[n];
        if (n == 1) {
            ranks[0] = 1;
        }
        if (n <= 1) {
            return ranks;
        }
        Sorter sorter = SORTER.get().sized(n);
        int[] keys = sorter.keys;
        for (int i = 0; i < n; i++) {
            keys[i] = ordered(scores[i]) ^ Integer.MIN_VALUE; // unsigned order, for the radix sort
        }
        int[] order = sorter.sort(n);
        double scale = 1.0 / (n - 1);
        int from = 0;
        while (from < n) {
            int to = from;
            int key = keys[order[from]];
            while (to + 1 < n && keys[order[to + 1]] == key) {
                to++;
            }
            float rank = (float) ((from + to) / 2.0 * scale);
            for (int j = from; j <= to; j++) {
                ranks[order[j]] = rank;
            }
            from = to + 1;
        }
        return ranks;
    }

    // A stable least-significant-digit radix sort of the unsigned keys, carrying the item indexes along:
    // linear in n (serving ranks every member's scores of every product on sale in each request).
    private static final int DIGIT_BITS = 11;
    private static final int DIGITS = 1 << DIGIT_BITS;

    /**
     * Each thread's sorting arrays, grown to the longest list it ranked and kept: serving ranks every member's
     * scores of every product on sale in each request, and new arrays each time were most of a request's garbage.
     */
    private static final ThreadLocal<Sorter> SORTER = ThreadLocal.withInitial(Sorter::new);

    private static final class Sorter {
        private int[] keys = new int[0];
        private int[] order = new int[0];
        private int[] orderOut = new int[0];
        private final int[] counts = new int[DIGITS];

        Sorter sized(int n) {
            if (keys.length < n) {
                keys = new int[n];
                order = new int[n];
                orderOut = new int[n];
            }
            return this;
        }

        /** The indexes 0..n-1 ordered by {@code keys} (equal keys in index order): one of this sorter's arrays. */
        int[] sort(int n) {
            int[] in = order;
            int[] out = orderOut;
            for (int i = 0; i < n; i++) {
                in[i] = i;
            }
            for (int shift = 0; shift < Integer.SIZE; shift += DIGIT_BITS) {
                java.util.Arrays.fill(counts, 0);
                for (int i = 0; i < n; i++) {
                    counts[(keys[i] >>> shift) & (DIGITS - 1)]++;
                }
                int sum = 0;
                for (int d = 0; d < DIGITS; d++) {
                    int c = counts[d];
                    counts[d] = sum;
                    sum += c;
                }
                for (int i = 0; i < n; i++) {
                    int item = in[i];
                    out[counts[(keys[item] >>> shift) & (DIGITS - 1)]++] = item;
                }
                int[] swap = in;
                in = out;
                out = swap;
            }
            return in;
        }
    }

    /** An int that orders as the float does; every NaN lowest, -0 equal to 0. */
    private static int ordered(float score) {
        if (Float.isNaN(score)) {
            return Integer.MIN_VALUE;
        }
        int bits = Float.floatToIntBits(score == 0 ? 0f : score);
        return bits ^ ((bits >> 31) & 0x7fffffff);
    }
}
