package io.ctxrec.domain.evaluation;

import java.util.OptionalDouble;

/**
 * Mean leave-one-out metrics over the evaluated users; each is empty when nothing was measured
 * (never NaN). {@code hitRate} is HR@K; {@code precision} is the standard precision@K, hits / K, so
 * with one held-out item it is {@code hitRate / k} (the product brief's "Precision/HR@10" is
 * {@code hitRate}). {@code rmse} and {@code mae} pool every prediction against its label (1 for the
 * positive, 0 for a negative). {@code users} counts evaluated cases; {@code skipped} counts cases with
 * no negative to rank against. {@code hitRateSe} and {@code ndcgSe} are the standard errors of those
 * two means (the cases' sample standard deviation over the square root of their number), empty below
 * two cases: how far a figure measured on a sample of users may be from the one over all of them.
 */
public record EvaluationReport(int k, long users, long skipped, OptionalDouble hitRate, OptionalDouble precision,
                               OptionalDouble ndcg, OptionalDouble map, OptionalDouble mrr, OptionalDouble auc,
                               OptionalDouble rmse, OptionalDouble mae, OptionalDouble hitRateSe,
                               OptionalDouble ndcgSe) {

    /** The same report without RMSE and MAE: for scores that are no probabilities, such as a popularity blend's. */
    public EvaluationReport withoutErrors() {
        return new EvaluationReport(k, users, skipped, hitRate, precision, ndcg, map, mrr, auc, OptionalDouble.empty(),
                OptionalDouble.empty(), hitRateSe, ndcgSe);
    }
}
