package io.ctxrec.domain.port;

import io.ctxrec.domain.encoding.EncoderSet;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.domain.scoring.ScoringModel;
import java.util.Map;
import java.util.Objects;

/**
 * A saved version read back ({@link ModelArtifacts#load}): its models (those the run trained) as the
 * trained networks, the encoders they were trained with, and the same models for serving: scorers with
 * the item side computed once, equal in scores, without the network's lock; and what was found damaged
 * while reading it (the models it dropped).
 */
public record LoadedVersion(String version, Map<ModelName, ScoringModel> models, EncoderSet encoders,
                            Map<ModelName, ScoringModel> servingModels, VersionDamage damage) {

    public LoadedVersion {
        Objects.requireNonNull(version, "version");
        models = Map.copyOf(models);
        Objects.requireNonNull(encoders, "encoders");
        servingModels = Map.copyOf(servingModels);
        Objects.requireNonNull(damage, "damage");
        if (!servingModels.keySet().equals(models.keySet())) {
            throw new IllegalArgumentException("version " + version + " serves " + servingModels.keySet()
                    + ", has models " + models.keySet());
        }
    }

    /** An intact version. */
    public LoadedVersion(String version, Map<ModelName, ScoringModel> models, EncoderSet encoders,
                         Map<ModelName, ScoringModel> servingModels) {
        this(version, models, encoders, servingModels, VersionDamage.NONE);
    }

    /** An intact version that serves its models as they are. */
    public LoadedVersion(String version, Map<ModelName, ScoringModel> models, EncoderSet encoders) {
        this(version, models, encoders, models);
    }

    /** Short: the record's own text would spell out every encoder. */
    @Override
    public String toString() {
        return "LoadedVersion[" + version + ", models=" + models.keySet() + "]";
    }
}
