package io.ctxrec.routes.api;

import io.ctxrec.domain.family.ModelFamilies;
import io.ctxrec.domain.port.ModelArtifacts;
import io.ctxrec.domain.port.ModelVersion;
import io.ctxrec.domain.port.ModelVersions;
import io.ctxrec.domain.port.OfflineResult;
import io.ctxrec.routes.RetrainProgress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code GET /api/models}: the active version, each model's offline metrics, loss curve, the epoch early
 * stopping chose and the validation curve it chose on, the beta of its popularity blend (null for ItemPop and
 * for versions from before the blend; from the version's model artifacts), the last ten
 * runs, the running training's progress, and the registered model families (name and colour, for the page).
 */
public class ModelsReport {
    static final int RECENT_RUNS = 10;
    /** The metric holding a model's popularity blend beta (training_results.csv's column). */
    static final String POPULARITY_BLEND = "popularity_blend";

    private final ModelVersions versions;
    private final ModelArtifacts artifacts;
    private final Supplier<RetrainProgress> training;
    private final List<Family> families;

    public ModelsReport(ModelVersions versions, ModelArtifacts artifacts, Supplier<RetrainProgress> training,
                        ModelFamilies families) {
        this.versions = versions;
        this.artifacts = artifacts;
        this.training = training;
        this.families = families.all().stream()
                .map(f -> new Family(f.name().displayName(), f.colour())).toList();
    }

    /** A registered model family as the page needs it. */
    public record Family(String name, String colour) {
    }

    public Map<String, Object> report() {
        Map<String, Object> report = new LinkedHashMap<>();
        String active = versions.active().map(ModelVersion::version).orElse(null);
        report.put("activeVersion", active);
        report.put("models", active == null ? List.of()
                : artifacts.offlineResults(active).stream().map(ModelsReport::model).toList());
        report.put("runs", versions.recent(RECENT_RUNS));
        report.put("training", training.get());
        report.put("families", families);
        return report;
    }

    private static Map<String, Object> model(OfflineResult result) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("model", result.model());
        model.put("metrics", result.metrics());
        model.put("lossCurve", result.lossCurve());
        model.put("bestEpoch", result.bestEpoch() > 0 ? result.bestEpoch() : null);
        model.put("validationCurve", result.validationCurve());
        model.put("popularityBlend", result.metric(POPULARITY_BLEND).isPresent()
                ? result.metric(POPULARITY_BLEND).getAsDouble() : null);
        return model;
    }
}
