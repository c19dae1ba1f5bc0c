package io.ctxrec.routes.scoring;

import io.ctxrec.domain.family.ModelFamilies;
import io.ctxrec.training.pipeline.LoadedVersion;
import io.ctxrec.training.pipeline.ModelLoader;
import io.ctxrec.training.pipeline.VersionFolders;
import java.nio.file.Path;
import java.util.function.Function;

/** Reads a version from {@code <dataDir>/versions/<version>/}: models and encoders, and the offline metrics. */
public final class ServingVersions {
    private ServingVersions() {
    }

    /** Reading the built-in families' models. */
    public static Function<String, ServingVersion> from(Path dataDir) {
        return from(dataDir, io.ctxrec.adapters.family.BuiltInFamilies.all());
    }

    /** Reading the models of {@code families}. */
    public static Function<String, ServingVersion> from(Path dataDir, ModelFamilies families) {
        ModelLoader loader = new ModelLoader(dataDir, families);
        VersionFolders folders = new VersionFolders(dataDir);
        return version -> {
            LoadedVersion loaded = loader.load(version);
            return new ServingVersion(loaded, OfflineMetrics.read(folders.folder(version)));
        };
    }
}
