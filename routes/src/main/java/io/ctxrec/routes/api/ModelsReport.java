package io.ctxrec.routes.api;

import io.ctxrec.domain.family.ModelFamilies;
import io.ctxrec.domain.port.ModelArtifacts;
import io.ctxrec.domain.port.ModelVersion;
import io.ctxrec.domain.port.ModelVersions;
import io.ctxrec.domain.port.OfflineResult;
import io.ctxrec.routes.RetrainProgress;
import java.time.Instant;
import java.util.ArrayList;
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
    static final String HIT_RATE = "hit_rate";

    private final ModelVersions versions;
    private final ModelArtifacts artifacts;
    private final Supplier<RetrainProgress> training;
    private final List<Family> families;
    private final Double qualityGateMargin;

    public ModelsReport(ModelVersions versions, ModelArtifacts artifacts, Supplier<RetrainProgress> training,
                        ModelFamilies families) {
        this(versions, artifacts, training, families, null);
    }

    /** @param qualityGateMargin {@code ctxrec.training.quality-gate-margin}; null when no gate is configured */
    public ModelsReport(ModelVersions versions, ModelArtifacts artifacts, Supplier<RetrainProgress> training,
                        ModelFamilies families, Double qualityGateMargin) {
        this.qualityGateMargin = qualityGateMargin;
        this.versions = versions;
        this.artifacts = artifacts;
        this.training = training;
        this.families = families.all().stream()
                .map(f -> new Family(f.name().displayName(), f.colour())).toList();
    }

    /** A registered model family as the page needs it. */
    public record Family(String name, String colour) {
    }

    /**
     * The whole reply; {@code activeVersion} is null before the first activated training; {@code history} the
     * HR@10 of each model in each recent version that has results, oldest first; {@code qualityGateMargin}
     * the configured gate (null: none, every finished version is activated).
     */
    public record Report(String activeVersion, List<Model> models, List<ModelVersion> runs,
                         RetrainProgress training, List<Family> families, List<VersionFigures> history,
                         Double qualityGateMargin) {
    }

    /** One version's HR@10 (against the sampled negatives) by model, ItemPop included. */
    public record VersionFigures(String version, Instant createdAt, ModelVersion.Status status,
                                 Map<String, Double> hitRate) {
    }

    /**
     * One model of the active version. {@code metrics}: the evaluation's figures by name, counts ({@code k},
     * {@code cases}, {@code epochs}, ...) as whole numbers; {@code bestEpoch} and {@code popularityBlend} null
     * where not measured.
     */
    public record Model(String model, Map<String, Number> metrics, List<Double> lossCurve, Integer bestEpoch,
                        List<Double> validationCurve, Double popularityBlend, Map<String, Double> memberWeights) {
    }

    public Report report() {
        String active = versions.active().map(ModelVersion::version).orElse(null);
        List<Model> models = active == null ? List.of()
                : artifacts.offlineResults(active).stream().map(ModelsReport::model).toList();
        List<ModelVersion> runs = versions.recent(RECENT_RUNS);
        return new Report(active, models, runs, training.get(), families, history(runs), qualityGateMargin);
    }

    private List<VersionFigures> history(List<ModelVersion> runs) {
        List<VersionFigures> history = new ArrayList<>();
        for (ModelVersion run : runs) {
            Map<String, Double> hitRate = new LinkedHashMap<>();
            artifacts.offlineResults(run.version()).forEach(r -> r.metric(HIT_RATE).ifPresent(v -> hitRate.put(r.model(), v)));
            if (!hitRate.isEmpty()) {
                history.add(0, new VersionFigures(run.version(), run.createdAt(), run.status(), hitRate));
            }
        }
        return history;
    }

    private static Model model(OfflineResult result) {
        Map<String, Number> metrics = new LinkedHashMap<>();
        result.metrics().forEach((name, value) ->
                metrics.put(name, OfflineResult.COUNTS.contains(name) ? (Number) Math.round(value) : value));
        return new Model(result.model(), metrics, result.lossCurve(),
                result.bestEpoch() > 0 ? result.bestEpoch() : null, result.validationCurve(),
                result.metric(POPULARITY_BLEND).isPresent() ? result.metric(POPULARITY_BLEND).getAsDouble() : null,
                result.memberWeights());
    }
}
