package io.ctxrec.training.pipeline;

import io.ctxrec.domain.evaluation.EvaluationSettings;
import io.ctxrec.domain.evaluation.Scorer;
import io.ctxrec.domain.family.CombiningFamily;
import io.ctxrec.domain.family.ModelFamily.SavedModel;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.domain.scoring.ScoringModel;
import io.ctxrec.training.dataset.PreparedDataset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * A {@link CombiningFamily} (the ensemble) after its members: fitted on the members' served scores of the
 * validation cases (by the models early stopping watched, which have not seen those cases; the test set is
 * never read), saved into the version's folder, read back over the members' served models as serving reads
 * it, and evaluated like any model. A member without validation scores of every case (trained without early
 * stopping) is left out of the fit; when no member has them, every member gets the same weight.
 */
final class CombinedFit {
    private CombinedFit() {
    }

    /** A model trained in the run: as it serves (blended), and its served scores of the validation cases. */
    record Member(ScoringModel serving, float[][] validation) {
    }

    static ModelResult fit(CombiningFamily family, String version, PreparedDataset data, EvaluationSettings settings,
                           Map<ModelName, Member> members, Path folder, ModelEvaluator evaluator) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException(family.name() + " needs other models trained in the same run");
        }
        long start = System.nanoTime();
        ValidationRanking ranking = data.hasValidation() ? ValidationRanking.of(data.validationFit(), settings) : null;
        int cases = ranking == null ? 0 : ranking.size();
        Map<ModelName, float[][]> validation = new LinkedHashMap<>();
        members.forEach((name, m) -> {
            if (cases > 0 && m.validation().length == cases) {
                validation.put(name, m.validation());
            }
        });
        if (validation.isEmpty()) {
            members.keySet().forEach(name -> validation.put(name, new float[0][]));
        }
        ToDoubleFunction<float[][]> quality = ranking == null ? rows -> 0 : ranking::ndcg;
        Map<ModelName, Double> weights = family.fit(version, validation, quality, folder);
        Map<ModelName, SavedModel> served = new LinkedHashMap<>();
        members.forEach((name, m) -> served.put(name, SavedModel.of(m.serving())));
        ScoringModel combined = family.load(folder, version, served).orElseThrow(() -> new IllegalStateException(
                family.name() + " saved nothing its load reads back in " + folder)).serving();
        double seconds = (System.nanoTime() - start) / 1e9;
        return ModelResult.combined(family.name(), evaluator.evaluate(data, family.name().displayName(),
                Scorer.of(combined)), seconds, weights);
    }
}
