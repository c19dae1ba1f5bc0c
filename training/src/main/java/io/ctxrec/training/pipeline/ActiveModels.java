package io.ctxrec.training.pipeline;

import io.ctxrec.domain.port.LoadedVersion;
import io.ctxrec.domain.port.ModelArtifacts;
import io.ctxrec.domain.port.ModelVersion;
import io.ctxrec.domain.port.ModelVersions;
import java.util.Optional;

/** The serving version's models and encoders, read from its folder; empty before the first activation. */
public final class ActiveModels {
    private final ModelVersions versions;
    private final ModelArtifacts artifacts;

    public ActiveModels(ModelVersions versions, ModelArtifacts artifacts) {
        this.versions = versions;
        this.artifacts = artifacts;
    }

    public Optional<LoadedVersion> load() {
        return versions.active().map(ModelVersion::version).map(artifacts::load);
    }
}
