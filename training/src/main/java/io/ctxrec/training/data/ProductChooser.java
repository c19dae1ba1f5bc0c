package io.ctxrec.training.data;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Samples one user's next product from
 * {@code softmax(tasteStrength * <u,p> + contextStrength * affinity(category(p), context) + popularity(p))}.
 * The context term depends only on the category, so the weight factors into a per-user part,
 * computed once per user and summed per category, and a per-context category factor: a draw
 * picks a category by its summed weight times the factor, then a product inside it by binary search.
 * A user costs O(products) once plus O(categories + log products) per draw, which keeps the large
 * preset (50,000 users x 10,000 products) within seconds. The only approximation is {@link ExpTable}'s
 * interpolated exponential (relative error below 1e-5): no candidate pool, no truncation.
 */
final class ProductChooser {
    private final int[][] members;
    private final double[][] contextFactors;
    private final double[][] cumulative;
    private final double[] totals;

    ProductChooser(ChoiceSpace space, double[] user) {
        members = space.members;
        contextFactors = space.contextFactors;
        cumulative = new double[members.length][];
        totals = new double[members.length];
        for (int c = 0; c < members.length; c++) {
            double[] vectors = space.vectors[c];
            double[] popularity = space.popularity[c];
            cumulative[c] = new double[members[c].length];
            double sum = 0;
            for (int i = 0, offset = 0; i < members[c].length; i++, offset += Latent.DIM) {
                double dot = 0;
                for (int d = 0; d < Latent.DIM; d++) {
                    dot += user[d] * vectors[offset + d];
                }
                sum += popularity[i] * space.taste.at(dot);
                cumulative[c][i] = sum;
            }
            totals[c] = sum;
        }
    }

    /** {@code [context][category] = exp(strength * (affinity - max affinity in that context))}. */
    static double[][] contextFactors(List<CategoryProfile> categories, double strength) {
        double[][] factors = new double[ContextIndex.COUNT][categories.size()];
        for (int ctx = 0; ctx < ContextIndex.COUNT; ctx++) {
            double max = Double.NEGATIVE_INFINITY;
            for (CategoryProfile c : categories) {
                max = Math.max(max, c.affinity(ctx));
            }
            for (int c = 0; c < categories.size(); c++) {
                factors[ctx][c] = Math.exp(strength * (categories.get(c).affinity(ctx) - max));
            }
        }
        return factors;
    }

    int choose(int context, SplittableRandom rng) {
        double[] factor = contextFactors[context];
        double total = 0;
        for (int c = 0; c < totals.length; c++) {
            total += totals[c] * factor[c];
        }
        double r = rng.nextDouble() * total;
        int c = 0;
        while (c < totals.length - 1 && (totals[c] == 0 || r >= totals[c] * factor[c])) {
            r -= totals[c] * factor[c];
            c++;
        }
        while (totals[c] == 0) {
            c--;
        }
        int i = Arrays.binarySearch(cumulative[c], rng.nextDouble() * totals[c]);
        int slot = i >= 0 ? i + 1 : -i - 1;
        return members[c][Math.min(slot, members[c].length - 1)];
    }
}
