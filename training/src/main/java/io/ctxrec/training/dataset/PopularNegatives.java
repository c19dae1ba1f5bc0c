package io.ctxrec.training.dataset;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Popularity-aware negative sampling: a positive's negatives are drawn, without repeats and never from the
 * items its user touched in training, with probability proportional to {@code (count + 1)^alpha}, the count
 * being the item's training positives. Alpha 0 is uniform, 1 proportional to popularity, word2vec's 0.75 in
 * between; the +1 keeps items nobody chose drawable. Uniform negatives are mostly obscure items any model
 * already ranks low; popular items the user passed over teach it where taste, not popularity, decides.
 */
public final class PopularNegatives {
    /** The largest alpha: beyond popularity itself, the negatives would be a handful of hits. */
    public static final double MAX_ALPHA = 1.0;
    // Below this share of the weight left to a user, rejection would redraw too often: draw exactly instead.
    private static final double REJECTION_SHARE = 0.25;

    private final double alpha;
    private final double[] weights;
    private final double[] cumulative;

    private PopularNegatives(double alpha, double[] weights) {
        this.alpha = alpha;
        this.weights = weights;
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    /** Weights from each item's count of training positives, indexed by item. */
    public static PopularNegatives of(long[] counts, double alpha) {
        Objects.requireNonNull(counts, "counts");
        checkAlpha(alpha);
        double[] weights = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException("count of item " + i + " must not be negative, was " + counts[i]);
            }
            weights[i] = Math.pow(counts[i] + 1.0, alpha);
        }
        return new PopularNegatives(alpha, weights);
    }

    /** Rejects an alpha outside [0, {@link #MAX_ALPHA}] (or not a number). */
    public static void checkAlpha(double alpha) {
        if (!(alpha >= 0 && alpha <= MAX_ALPHA)) {
            throw new IllegalArgumentException("negative-alpha must be in [0, " + MAX_ALPHA + "], was " + alpha);
        }
    }

    public double alpha() {
        return alpha;
    }

    public int nItems() {
        return weights.length;
    }

    /**
     * Up to {@code count} distinct items outside {@code interacted}, ascending; all of them when no more remain.
     * The draw depends only on {@code random}'s state.
     */
    public int[] draw(SplittableRandom random, Set<Integer> interacted, int count) {
        int unseen = weights.length - interacted.size();
        if (unseen <= count) {
            return unseen(interacted);
        }
        double total = cumulative[cumulative.length - 1];
        double left = total;
        for (int item : interacted) {
            left -= weights[item];
        }
        int[] drawn = left >= REJECTION_SHARE * total ? byRejection(random, interacted, count, total)
                : exactly(random, interacted, count);
        Arrays.sort(drawn);
        return drawn;
    }

    // Most of the weight is the user's to draw from: a seen or repeated item is redrawn, rarely.
    private int[] byRejection(SplittableRandom random, Set<Integer> interacted, int count, double total) {
        Set<Integer> chosen = new HashSet<>();
        int[] drawn = new int[count];
        int n = 0;
        while (n < count) {
            int item = item(random.nextDouble() * total);
            if (!interacted.contains(item) && chosen.add(item)) {
                drawn[n++] = item;
            }
        }
        return drawn;
    }

    // The user touched the popular items: draw one by one from what is left, each removed once drawn.
    private int[] exactly(SplittableRandom random, Set<Integer> interacted, int count) {
        int[] items = unseen(interacted);
        double[] w = new double[items.length];
        double left = 0;
        for (int i = 0; i < items.length; i++) {
            w[i] = weights[items[i]];
            left += w[i];
        }
        int[] drawn = new int[count];
        for (int n = 0; n < count; n++) {
            double u = random.nextDouble() * left;
            int i = 0;
            while (i < items.length - 1 && (w[i] == 0 || u >= w[i])) {
                u -= w[i];
                i++;
            }
            while (w[i] == 0) {
                i--;
            }
            drawn[n] = items[i];
            left -= w[i];
            w[i] = 0;
        }
        return drawn;
    }

    // The first item whose cumulative weight exceeds u.
    private int item(double u) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private int[] unseen(Set<Integer> interacted) {
        int[] unseen = new int[Math.max(0, weights.length - interacted.size())];
        int n = 0;
        for (int item = 0; item < weights.length && n < unseen.length; item++) {
            if (!interacted.contains(item)) {
                unseen[n++] = item;
            }
        }
        return Arrays.copyOf(unseen, n);
    }
}
