package io.ctxrec.training.pipeline;

import io.ctxrec.domain.encoding.EncoderSet;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.domain.scoring.ScoringModel;
import java.util.Map;
import java.util.Objects;

/** A saved version read back: its models (those the run trained) and the encoders they were trained with. */
public record LoadedVersion(String version, Map<ModelName, ScoringModel> models, EncoderSet encoders) {

    public LoadedVersion {
        Objects.requireNonNull(version, "version");
        models = Map.copyOf(models);
        Objects.requireNonNull(encoders, "encoders");
    }
}
