package io.ctxrec.training.data;

import java.util.Arrays;

/**
 * What every user's {@link ProductChooser} shares, built once: the products of each category with
 * their latent vectors laid out contiguously in that order (the per-user pass streams through them),
 * their popularity weights, the per-context category factors and the taste exponential.
 */
final class ChoiceSpace {
    final int[][] members;
    final double[][] vectors;
    final double[][] popularity;
    final double[][] contextFactors;
    final ExpTable taste;

    ChoiceSpace(Catalog catalog, GeneratorSettings settings) {
        members = catalog.byCategory();
        vectors = new double[members.length][];
        popularity = new double[members.length][];
        double max = Arrays.stream(catalog.popularity()).max().orElse(0);
        for (int c = 0; c < members.length; c++) {
            vectors[c] = new double[members[c].length * Latent.DIM];
            popularity[c] = new double[members[c].length];
            for (int i = 0; i < members[c].length; i++) {
                int p = members[c][i];
                System.arraycopy(catalog.vectors()[p], 0, vectors[c], i * Latent.DIM, Latent.DIM);
                popularity[c][i] = Math.exp(catalog.popularity()[p] - max);
            }
        }
        contextFactors = ProductChooser.contextFactors(catalog.categories(), settings.contextStrength());
        taste = new ExpTable(settings.tasteStrength());
    }
}
