package io.ctxrec.routes.scoring;

import io.ctxrec.domain.encoding.EncoderSet;
import io.ctxrec.domain.port.LoadedVersion;
import io.ctxrec.domain.scoring.CombiningModel;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.domain.scoring.ScoringModel;
import io.ctxrec.domain.selection.ModelMetrics;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One model version as it serves: its models and encoders, and the offline MAP@10 and precision@10
 * of each model (from the version's training results; empty when they were not measured). A request
 * keeps the instance it started with, so a version switch never changes the models under it.
 */
public record ServingVersion(LoadedVersion loaded, Map<String, ModelMetrics> offline,
                             List<CombiningModel> combining) {

    public ServingVersion {
        Objects.requireNonNull(loaded, "loaded");
        offline = Map.copyOf(offline);
        combining = List.copyOf(combining);
    }

    /** {@code combining}: those of its serving models that combine the others' scores (the ensemble). */
    public ServingVersion(LoadedVersion loaded, Map<String, ModelMetrics> offline) {
        this(loaded, offline, loaded.servingModels().values().stream()
                .filter(CombiningModel.class::isInstance).map(CombiningModel.class::cast).toList());
    }

    public String version() {
        return loaded.version();
    }

    /** The precomputed, lock-free scorers (equal to the networks' output): requests never queue on a network. */
    public Map<ModelName, ScoringModel> models() {
        return loaded.servingModels();
    }

    public EncoderSet encoders() {
        return loaded.encoders();
    }

    /** Short: the record's own text would spell out every encoder. */
    @Override
    public String toString() {
        return "ServingVersion[" + version() + ", models=" + models().keySet() + "]";
    }
}
