package io.ctxrec.bench;

import io.ctxrec.domain.evaluation.EvaluationReport;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.training.pipeline.ModelDefaults;
import io.ctxrec.training.pipeline.ModelResult;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The quality benchmark's table: one row per model and one for ItemPop. HR, P, NDCG, MAP, MRR and AUC
 * rank against the candidates (99 sampled unseen items or the given lists), fHR and fNDCG against all
 * unseen items; each ± column is the standard error of the figure before it (the cases' standard deviation over
 * the square root of their number), to tell a difference between models from noise. RMSE and MAE compare the
 * scores with 0/1 labels over the same candidates. {@code epochs} are those the evaluated model trained,
 * {@code best} the one early stopping chose on the validation split.
 */
final class QualityTable {
    static final List<String> COLUMNS = List.of("model", "HR@10", "±HR@10", "P@10", "NDCG@10", "±NDCG@10", "MAP@10",
            "MRR@10", "AUC", "fHR@10", "±fHR@10", "fNDCG@10", "±fNDCG@10", "RMSE", "MAE", "epochs", "best", "train_s",
            "hyperparameters");

    private QualityTable() {
    }

    static BenchTable of(List<ModelResult> results, ModelDefaults defaults) {
        return of("quality", results, defaults);
    }

    static BenchTable of(String name, List<ModelResult> results, ModelDefaults defaults) {
        BenchTable table = new BenchTable(name, COLUMNS);
        for (ModelResult r : results) {
            EvaluationReport s = r.sampled();
            EvaluationReport f = r.full();
            table.row(r.model(), v(s.hitRate()), v(s.hitRateSe()), v(s.precision()), v(s.ndcg()), v(s.ndcgSe()),
                    v(s.map()), v(s.mrr()), v(s.auc()), v(f.hitRate()), v(f.hitRateSe()), v(f.ndcg()), v(f.ndcgSe()),
                    v(r.offline().metric("rmse")), v(r.offline().metric("mae")), // none where no probability
                    r.trained() ? r.epochs() : null, r.bestEpoch() > 0 ? r.bestEpoch() : null,
                    r.trained() ? round(r.seconds()) : null, hyperparameters(r, defaults));
        }
        return table;
    }

    // The ensemble's are its weights, chosen on the validation split.
    private static String hyperparameters(ModelResult r, ModelDefaults defaults) {
        if (!r.memberWeights().isEmpty()) {
            return "weights " + r.memberWeights().entrySet().stream()
                    .map(e -> e.getKey() + " " + Math.round(e.getValue() * 100) / 100.0)
                    .collect(java.util.stream.Collectors.joining(", "));
        }
        return r.trained() ? defaults.of(ModelName.of(r.model())).label() : null;
    }

    static Double v(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    static double round(double seconds) {
        return Math.round(seconds * 10) / 10.0;
    }
}
