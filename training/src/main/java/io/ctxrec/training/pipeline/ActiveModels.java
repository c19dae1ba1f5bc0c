package io.ctxrec.training.pipeline;

import io.ctxrec.domain.port.ModelVersion;
import io.ctxrec.domain.port.ModelVersions;
import java.util.Optional;

/** The serving version's models and encoders, read from its folder; empty before the first activation. */
public final class ActiveModels {
    private final ModelVersions versions;
    private final ModelLoader loader;

    public ActiveModels(ModelVersions versions, ModelLoader loader) {
        this.versions = versions;
        this.loader = loader;
    }

    public Optional<LoadedVersion> load() {
        return versions.active().map(ModelVersion::version).map(loader::load);
    }
}
