package io.ctxrec.domain.evaluation;

import io.ctxrec.domain.metrics.Auc;
import io.ctxrec.domain.metrics.RankingMetrics;
import java.util.OptionalDouble;

/**
 * Where one held-out positive lands among its negatives. Ties are broken against the positive: a
 * negative scored equal to it ranks above it, so a model that scores everything alike gets no credit.
 * With a single relevant item the top-K metrics have closed forms in the rank r: hit = [r <= K],
 * precision = hit / K, NDCG = hit / log2(r + 1), AP = RR = hit / r.
 */
record PositiveRank(int rank, double positiveScore, double[] negativeScores) {

    /** {@code scores[0]} is the positive, the rest its negatives. */
    static PositiveRank of(float[] scores) {
        double positive = scores[0];
        double[] negatives = new double[scores.length - 1];
        int rank = 1;
        for (int i = 1; i < scores.length; i++) {
            negatives[i - 1] = scores[i];
            rank += scores[i] >= positive ? 1 : 0;
        }
        return new PositiveRank(rank, positive, negatives);
    }

    boolean hitAt(int k) {
        return rank <= k;
    }

    double hitRate(int k) {
        return hitAt(k) ? 1 : 0;
    }

    double precision(int k) {
        return hitRate(k) / k;
    }

    double ndcg(int k) {
        return hitAt(k) ? RankingMetrics.discount(rank) : 0;
    }

    double reciprocalRank(int k) {
        return hitAt(k) ? 1.0 / rank : 0;
    }

    /** Ties count one half here, as AUC conventionally does, unlike the pessimistic rank. */
    OptionalDouble auc() {
        return Auc.ofPositive(positiveScore, negativeScores);
    }
}
