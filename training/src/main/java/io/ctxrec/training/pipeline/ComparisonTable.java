package io.ctxrec.training.pipeline;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.StringJoiner;

/**
 * The run's results as a text table, one row per model and one for ItemPop. HR, P, MAP, NDCG, MRR,
 * AUC, RMSE and MAE rank against the sampled negatives, HR and NDCG with their standard errors (±HR,
 * ±NDCG); fHR and fNDCG against all items, for the test cases of a seeded sample of users on a large shop, with their standard errors (±fHR, ±fNDCG) and
 * the number of cases on a line below. A metric nothing was measured for, and the baseline's timing, show as "-".
 */
public final class ComparisonTable {
    private static final String HEADER_FORMAT =
            "%-8s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s %8s %8s %10s %6s";

    private ComparisonTable() {
    }

    public static String of(List<ModelResult> results) {
        StringJoiner table = new StringJoiner(System.lineSeparator());
        int k = results.isEmpty() ? 10 : results.get(0).sampled().k();
        table.add(String.format(Locale.ROOT, HEADER_FORMAT, "model", "HR@" + k, "±HR", "P@" + k, "MAP@" + k,
                "NDCG@" + k, "±NDCG", "MRR@" + k, "AUC", "RMSE", "MAE", "fHR@" + k, "fNDCG", "±fHR", "±fNDCG", "epochs",
                "seconds", "s/epoch", "samples/s", "batch"));
        results.forEach(r -> table.add(row(r)));
        if (!results.isEmpty()) {
            table.add(String.format(Locale.ROOT,
                    "± is the standard error over the test cases; full ranking (fHR, fNDCG): %,d of %,d test cases",
                    results.get(0).full().users(), results.get(0).sampled().users() + results.get(0).sampled().skipped()));
        }
        return table.toString();
    }

    private static String row(ModelResult r) {
        var s = r.sampled();
        return String.format(Locale.ROOT, HEADER_FORMAT, r.model(), metric(s.hitRate()), metric(s.hitRateSe()),
                metric(s.precision()), metric(s.map()), metric(s.ndcg()), metric(s.ndcgSe()), metric(s.mrr()),
                metric(s.auc()), metric(s.rmse()), metric(s.mae()), metric(r.full().hitRate()), metric(r.full().ndcg()), metric(r.full().hitRateSe()),
                metric(r.full().ndcgSe()),
                r.trained() ? String.valueOf(r.epochs()) : "-",
                r.trained() ? String.format(Locale.ROOT, "%.1f", r.seconds()) : "-",
                r.trained() ? String.format(Locale.ROOT, "%.2f", r.secondsPerEpoch()) : "-",
                r.trained() ? String.format(Locale.ROOT, "%.0f", r.samplesPerSecond()) : "-",
                r.trained() ? String.valueOf(r.batchSize()) : "-");
    }

    private static String metric(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.4f", value.getAsDouble()) : "-";
    }
}
