package io.ctxrec.training.data;

import io.ctxrec.domain.model.Product;
import java.util.List;

/**
 * The generated products before any activity (no views or ratings yet) with what the generator
 * knows about them: category index, latent vector and popularity bias, all indexed like {@code products}.
 */
record Catalog(List<CategoryProfile> categories, List<Product> products, int[] categoryOf,
               double[][] vectors, double[] popularity) {

    int size() {
        return products.size();
    }

    /** Product indexes of each category, ascending. */
    int[][] byCategory() {
        int[] counts = new int[categories.size()];
        for (int c : categoryOf) {
            counts[c]++;
        }
        int[][] members = new int[categories.size()][];
        for (int c = 0; c < members.length; c++) {
            members[c] = new int[counts[c]];
            counts[c] = 0;
        }
        for (int p = 0; p < categoryOf.length; p++) {
            members[categoryOf[p]][counts[categoryOf[p]]++] = p;
        }
        return members;
    }
}
