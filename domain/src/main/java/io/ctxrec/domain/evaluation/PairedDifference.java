package io.ctxrec.domain.evaluation;

import io.ctxrec.domain.metrics.MetricMean;
import io.ctxrec.domain.metrics.RankingMetrics;
import java.util.OptionalDouble;

/**
 * How much better model a ranks the same test cases than model b: the mean over the cases of a's HR@K
 * minus b's, and of NDCG@K, each with its standard error. Pairing removes the spread between cases
 * (some are easy for every model), so the difference is measured far more precisely than by comparing
 * the two means. {@code cases} counts the cases both ranked; each figure is empty below two of them.
 */
public record PairedDifference(int k, long cases, OptionalDouble hitRate, OptionalDouble hitRateSe,
                               OptionalDouble ndcg, OptionalDouble ndcgSe) {

    /**
     * @param a each case's rank under model a (1 = top, 0 = not ranked), in the same case order as {@code b}
     */
    public static PairedDifference of(int[] a, int[] b, int k) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("paired ranks need the same cases, got " + a.length + " and " + b.length);
        }
        MetricMean hit = MetricMean.EMPTY;
        MetricMean ndcg = MetricMean.EMPTY;
        double hitSquares = 0;
        double ndcgSquares = 0;
        for (int c = 0; c < a.length; c++) {
            if (a[c] < 1 || b[c] < 1) {
                continue;
            }
            double h = hit(a[c], k) - hit(b[c], k);
            double n = ndcg(a[c], k) - ndcg(b[c], k);
            hit = hit.plus(OptionalDouble.of(h));
            ndcg = ndcg.plus(OptionalDouble.of(n));
            hitSquares += h * h;
            ndcgSquares += n * n;
        }
        boolean enough = hit.count() >= 2;
        return new PairedDifference(k, hit.count(), enough ? hit.mean() : OptionalDouble.empty(),
                ReportAccumulator.standardError(hit, hitSquares), enough ? ndcg.mean() : OptionalDouble.empty(),
                ReportAccumulator.standardError(ndcg, ndcgSquares));
    }

    private static double hit(int rank, int k) {
        return rank <= k ? 1 : 0;
    }

    private static double ndcg(int rank, int k) {
        return rank <= k ? RankingMetrics.discount(rank) : 0;
    }
}
