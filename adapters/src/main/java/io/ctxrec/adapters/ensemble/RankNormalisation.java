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
        int[] keys = new int[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ordered(scores[i]) ^ Integer.MIN_VALUE; // unsigned order, for the radix sort
            order[i] = i;
        }
        sort(keys, order);
        double scale = 1.0 / (n - 1);
        int from = 0;
        while (from < n) {
            int to = from;
            while (to + 1 < n && keys[to + 1] == keys[from]) {
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

    private static void sort(int[] keys, int[] order) {
        int n = keys.length;
        int[] keysOut = new int[n];
        int[] orderOut = new int[n];
        int[] counts = new int[DIGITS];
        for (int shift = 0; shift < Integer.SIZE; shift += DIGIT_BITS) {
            java.util.Arrays.fill(counts, 0);
            for (int key : keys) {
                counts[(key >>> shift) & (DIGITS - 1)]++;
            }
            int sum = 0;
            for (int d = 0; d < DIGITS; d++) {
                int c = counts[d];
                counts[d] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int at = counts[(keys[i] >>> shift) & (DIGITS - 1)]++;
                keysOut[at] = keys[i];
                orderOut[at] = order[i];
            }
            int[] swap = keys;
            keys = keysOut;
            keysOut = swap;
            swap = order;
            order = orderOut;
            orderOut = swap;
        }
        // Three passes (an odd number) leave the result in the scratch arrays: copy it back.
        System.arraycopy(keys, 0, keysOut, 0, n);
        System.arraycopy(order, 0, orderOut, 0, n);
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
