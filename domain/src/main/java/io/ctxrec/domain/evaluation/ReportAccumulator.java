package io.ctxrec.domain.evaluation;

import io.ctxrec.domain.metrics.MetricMean;
import java.util.OptionalDouble;

/** Sums per-case metrics into an {@link EvaluationReport}. */
final class ReportAccumulator {
    private final int k;
    private MetricMean hitRate = MetricMean.EMPTY;
    private MetricMean precision = MetricMean.EMPTY;
    private MetricMean ndcg = MetricMean.EMPTY;
    private MetricMean reciprocalRank = MetricMean.EMPTY;
    private MetricMean auc = MetricMean.EMPTY;
    private double hitRateSquares;
    private double ndcgSquares;
    private double squaredError;
    private double absoluteError;
    private long predictions;
    private long skipped;

    ReportAccumulator(int k) {
        this.k = k;
    }

    void add(PositiveRank rank) {
        hitRate = hitRate.plus(OptionalDouble.of(rank.hitRate(k)));
        precision = precision.plus(OptionalDouble.of(rank.precision(k)));
        ndcg = ndcg.plus(OptionalDouble.of(rank.ndcg(k)));
        reciprocalRank = reciprocalRank.plus(OptionalDouble.of(rank.reciprocalRank(k)));
        auc = auc.plus(rank.auc());
        hitRateSquares += rank.hitRate(k) * rank.hitRate(k);
        ndcgSquares += rank.ndcg(k) * rank.ndcg(k);
        addError(rank.positiveScore(), 1);
        for (double negative : rank.negativeScores()) {
            addError(negative, 0);
        }
    }

    void skip() {
        skipped++;
    }

    private void addError(double prediction, double label) {
        double d = prediction - label;
        squaredError += d * d;
        absoluteError += Math.abs(d);
        predictions++;
    }

    EvaluationReport report() {
        OptionalDouble rmse = predictions == 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.sqrt(squaredError / predictions));
        OptionalDouble mae = predictions == 0 ? OptionalDouble.empty() : OptionalDouble.of(absoluteError / predictions);
        // With one relevant item, AP@K normalised by min(1, K) equals the reciprocal rank.
        return new EvaluationReport(k, hitRate.count(), skipped, hitRate.mean(), precision.mean(), ndcg.mean(),
                reciprocalRank.mean(), reciprocalRank.mean(), auc.mean(), rmse, mae,
                standardError(hitRate, hitRateSquares), standardError(ndcg, ndcgSquares));
    }

    /** Sample standard deviation over sqrt(n), from the sum and the sum of squares; empty below two values. */
    static OptionalDouble standardError(MetricMean mean, double sumOfSquares) {
        long n = mean.count();
        if (n < 2) {
            return OptionalDouble.empty();
        }
        double m = mean.sum() / n;
        double variance = Math.max(0, (sumOfSquares - n * m * m) / (n - 1));
        return OptionalDouble.of(Math.sqrt(variance / n));
    }
}
