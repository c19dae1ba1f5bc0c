package io.ctxrec.bench;

import io.ctxrec.domain.evaluation.EvaluationReport;
import io.ctxrec.domain.evaluation.PairedDifference;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.training.dataset.PreparedDataset;
import io.ctxrec.training.pipeline.ModelDefaults;
import io.ctxrec.training.pipeline.QualityRun;
import java.util.Map;

/**
 * {@code bench quality --compare-negative-alpha A}: each model the benchmark trained is trained again with its
 * negatives drawn by popularity to the power A, all else equal (split, seed, validation and test cases,
 * candidates, hyperparameters); the paired difference (A minus the benchmark's own alpha) of HR@10 and NDCG@10
 * over the same cases, each with its standard error, says whether popularity-aware negatives pay.
 */
final class NegativeAlphaComparison {
    static final java.util.List<String> COLUMNS = java.util.List.of("model", "negative alpha", "HR@10", "±HR@10",
            "NDCG@10", "±NDCG@10", "epochs", "best");

    private NegativeAlphaComparison() {
    }

    /** @param trained the benchmark's models with their ranks, trained with {@code defaults} */
    static BenchTable run(QualityRun run, PreparedDataset data, Map<ModelName, QualityRun.Ranked> trained,
                          ModelDefaults defaults, double alpha) {
        BenchTable table = new BenchTable("quality-negatives", COLUMNS);
        for (Map.Entry<ModelName, QualityRun.Ranked> e : trained.entrySet()) {
            ModelName model = e.getKey();
            QualityRun.Ranked a = e.getValue();
            QualityRun.Ranked b = run.trainRanked(data, model, defaults.of(model).withNegativeAlpha(alpha));
            row(table, model.displayName(), defaults.of(model).negativeAlpha(), a);
            row(table, model.displayName(), alpha, b);
            PairedDifference d = PairedDifference.of(b.ranks(), a.ranks(), b.result().sampled().k());
            table.row(model.displayName() + " difference (paired)", "", QualityTable.v(d.hitRate()),
                    QualityTable.v(d.hitRateSe()), QualityTable.v(d.ndcg()), QualityTable.v(d.ndcgSe()), null, null);
        }
        return table.note("paired cases", data.testCases().size());
    }

    private static void row(BenchTable table, String model, double alpha, QualityRun.Ranked r) {
        EvaluationReport s = r.result().sampled();
        table.row(model, alpha, QualityTable.v(s.hitRate()), QualityTable.v(s.hitRateSe()), QualityTable.v(s.ndcg()),
                QualityTable.v(s.ndcgSe()), r.result().epochs(), r.result().bestEpoch() > 0 ? r.result().bestEpoch() : null);
    }
}
