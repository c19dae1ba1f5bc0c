package io.ctxrec.bench;

import io.ctxrec.domain.evaluation.EvaluationReport;
import io.ctxrec.domain.evaluation.HeldOutInteraction;
import io.ctxrec.domain.evaluation.PairedDifference;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.training.dataset.PreparedDataset;
import io.ctxrec.training.pipeline.ModelDefaults;
import io.ctxrec.training.pipeline.QualityRun;
import java.util.List;

/**
 * {@code bench quality --ablate-context}: ENCM trained twice with the same hyperparameters and seed, on
 * the dataset as prepared (or the benchmark's own ENCM, when it trained one) and on the same split prepared
 * without any context feature, evaluated on the
 * same test cases against the same candidates; the paired difference (with minus without) of HR@10 and
 * NDCG@10 over those cases, each with its standard error, says what the context features are worth.
 */
final class ContextAblation {
    static final List<String> COLUMNS = List.of("model", "context features", "HR@10", "±HR@10", "NDCG@10", "±NDCG@10");

    private ContextAblation() {
    }

    /**
     * @param trained ENCM as the benchmark already trained it on {@code with} with {@code defaults}, reused; null
     *                to train it here
     */
    static BenchTable run(QualityRun run, QualityRun.Ranked trained, PreparedDataset with, PreparedDataset without,
                          ModelDefaults defaults) {
        List<List<Integer>> cases = pairs(with.testCases());
        if (!cases.equals(pairs(without.testCases()))) {
            throw new IllegalStateException("the context ablation's two preparations have different test cases");
        }
        QualityRun.Ranked a = trained != null ? trained : run.trainRanked(with, ModelName.ENCM, defaults.of(ModelName.ENCM));
        QualityRun.Ranked b = run.trainRanked(without, ModelName.ENCM, defaults.of(ModelName.ENCM));
        PairedDifference d = PairedDifference.of(a.ranks(), b.ranks(), a.result().sampled().k());
        BenchTable table = new BenchTable("quality-context", COLUMNS);
        row(table, "ENCM", String.join(" ", with.featureNames()), a.result().sampled());
        row(table, "ENCM without context", "-", b.result().sampled());
        table.row("difference (paired)", "", QualityTable.v(d.hitRate()), QualityTable.v(d.hitRateSe()),
                QualityTable.v(d.ndcg()), QualityTable.v(d.ndcgSe()));
        return table.note("paired cases", d.cases())
                .note("epochs with / without context", a.result().epochs() + " / " + b.result().epochs());
    }

    private static void row(BenchTable table, String model, String features, EvaluationReport s) {
        table.row(model, features.isEmpty() ? "-" : features, QualityTable.v(s.hitRate()), QualityTable.v(s.hitRateSe()),
                QualityTable.v(s.ndcg()), QualityTable.v(s.ndcgSe()));
    }

    private static List<List<Integer>> pairs(List<HeldOutInteraction> cases) {
        return cases.stream().map(c -> List.of(c.user(), c.item())).toList();
    }
}
