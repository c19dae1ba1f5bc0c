package io.ctxrec.adapters.ensemble;

import java.util.Arrays;

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
        // One primitive sort of (score as an ordered int, index) pairs: no boxing, equal scores adjacent.
        long[] keyed = new long[n];
        for (int i = 0; i < n; i++) {
            keyed[i] = ((long) ordered(scores[i]) << 32) | i;
        }
        Arrays.sort(keyed);
        double scale = 1.0 / (n - 1);
        int from = 0;
        while (from < n) {
            int to = from;
            while (to + 1 < n && (keyed[to + 1] >> 32) == (keyed[from] >> 32)) {
                to++;
            }
            float rank = (float) ((from + to) / 2.0 * scale);
            for (int j = from; j <= to; j++) {
                ranks[(int) keyed[j]] = rank;
            }
            from = to + 1;
        }
        return ranks;
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
