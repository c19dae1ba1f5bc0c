package io.ctxrec.domain.metrics;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Top-K accuracy of one ranked list against one set of relevant items, with binary relevance.
 * Items are compared with {@code equals}, so product ids and boxed item indexes both work.
 * An empty ranking or an empty relevant set gives {@link OptionalDouble#empty()}; {@code k < 1} or a
 * repeated item in the top {@code k} is an {@link IllegalArgumentException}. A ranking shorter than
 * {@code k} is measured as if padded with irrelevant items.
 */
public final class RankingMetrics {
    private RankingMetrics() {
    }

    /** Relevant items in the top {@code k}, divided by {@code k}. */
    public static <T> OptionalDouble precisionAt(List<T> ranking, Set<T> relevant, int k) {
        TopK top = TopK.of(ranking, relevant, k);
        return top == null ? OptionalDouble.empty() : OptionalDouble.of((double) top.hitCount() / k);
    }

    /** 1 when at least one relevant item is in the top {@code k}, else 0. */
    public static <T> OptionalDouble hitRateAt(List<T> ranking, Set<T> relevant, int k) {
        TopK top = TopK.of(ranking, relevant, k);
        return top == null ? OptionalDouble.empty() : OptionalDouble.of(top.hitCount() > 0 ? 1 : 0);
    }

    /** Sum of precision@i at each relevant position i within the top {@code k}, over min(|relevant|, k). */
    public static <T> OptionalDouble averagePrecisionAt(List<T> ranking, Set<T> relevant, int k) {
        TopK top = TopK.of(ranking, relevant, k);
        if (top == null) {
            return OptionalDouble.empty();
        }
        double sum = 0;
        int hits = 0;
        for (int i = 0; i < top.hits.length; i++) {
            if (top.hits[i]) {
                hits++;
                sum += (double) hits / (i + 1);
            }
        }
        return OptionalDouble.of(sum / Math.min(top.relevantCount, k));
    }

    /** DCG with a 1/log2(position + 1) discount over the DCG of min(|relevant|, k) hits at the top. */
    public static <T> OptionalDouble ndcgAt(List<T> ranking, Set<T> relevant, int k) {
        TopK top = TopK.of(ranking, relevant, k);
        if (top == null) {
            return OptionalDouble.empty();
        }
        double dcg = 0;
        for (int i = 0; i < top.hits.length; i++) {
            dcg += top.hits[i] ? discount(i + 1) : 0;
        }
        double ideal = 0;
        for (int i = 1; i <= Math.min(top.relevantCount, k); i++) {
            ideal += discount(i);
        }
        return OptionalDouble.of(dcg / ideal);
    }

    /** 1 / position of the first relevant item in the top {@code k}, or 0 when there is none. */
    public static <T> OptionalDouble reciprocalRankAt(List<T> ranking, Set<T> relevant, int k) {
        TopK top = TopK.of(ranking, relevant, k);
        if (top == null) {
            return OptionalDouble.empty();
        }
        for (int i = 0; i < top.hits.length; i++) {
            if (top.hits[i]) {
                return OptionalDouble.of(1.0 / (i + 1));
            }
        }
        return OptionalDouble.of(0);
    }

    /** The NDCG discount of a 1-based position: 1 / log2(position + 1). */
    public static double discount(int position) {
        return Math.log(2) / Math.log(position + 1.0);
    }
}
