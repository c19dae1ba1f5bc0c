package io.ctxrec.domain.fallback;

import java.util.Arrays;

/**
 * How much each normalised signal counts in the {@link HeuristicFallback} score. The weights are
 * non-negative and sum to 1 (within 1e-9), so a score stays in [0, 1]. The profiles in use are
 * configuration ({@link FallbackWeights}), not constants here.
 */
public record WeightProfile(double rating, double ratingCount, double views, double discount, double purchaseIntent) {

    public WeightProfile {
        double[] all = {rating, ratingCount, views, discount, purchaseIntent};
        String[] names = {"rating", "ratingCount", "views", "discount", "purchaseIntent"};
        double sum = 0;
        for (int i = 0; i < all.length; i++) {
            if (!(all[i] >= 0 && Double.isFinite(all[i]))) {
                throw new IllegalArgumentException("weight " + names[i] + " must be a non-negative number, was " + all[i]);
            }
            sum += all[i];
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException("weights must sum to 1, sum to " + sum);
        }
    }

    /**
     * Parses the five weights in the record's order, comma-separated: {@code 0.45,0.15,0.15,0.15,0.10} is
     * rating 45 %, rating count, views and discount 15 % each, purchase intent 10 %.
     */
    public static WeightProfile parse(String text) {
        String[] parts = text == null ? new String[0] : text.split(",", -1);
        if (parts.length != 5) {
            throw new IllegalArgumentException("five weights are needed (rating, rating count, views, discount, "
                    + "purchase intent), comma-separated, was '" + text + "'");
        }
        try {
            double[] w = Arrays.stream(parts).mapToDouble(part -> Double.parseDouble(part.trim())).toArray();
            return new WeightProfile(w[0], w[1], w[2], w[3], w[4]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("weights must be numbers, was '" + text + "'");
        }
    }
}
