package io.ctxrec.domain.metrics;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The validated top of a ranking: which of the first {@code k} positions hold a relevant item. */
final class TopK {
    final boolean[] hits;
    final int k;
    final int relevantCount;

    private TopK(boolean[] hits, int k, int relevantCount) {
        this.hits = hits;
        this.k = k;
        this.relevantCount = relevantCount;
    }

    /** Null when there is nothing to measure: an empty ranking or no relevant item. */
    static <T> TopK of(List<T> ranking, Set<T> relevant, int k) {
        Objects.requireNonNull(ranking, "ranking");
        Objects.requireNonNull(relevant, "relevant");
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        int depth = Math.min(k, ranking.size());
        boolean[] hits = new boolean[depth];
        Set<T> seen = new HashSet<>();
        for (int i = 0; i < depth; i++) {
            T item = ranking.get(i);
            if (item == null || !seen.add(item)) {
                // A repeated item would be counted twice as a hit and push precision above 1.
                throw new IllegalArgumentException("ranking has a null or repeated item at position " + (i + 1));
            }
            hits[i] = relevant.contains(item);
        }
        return ranking.isEmpty() || relevant.isEmpty() ? null : new TopK(hits, k, relevant.size());
    }

    int hitCount() {
        int n = 0;
        for (boolean hit : hits) {
            n += hit ? 1 : 0;
        }
        return n;
    }
}
