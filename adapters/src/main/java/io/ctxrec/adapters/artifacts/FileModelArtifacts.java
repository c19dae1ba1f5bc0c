package io.ctxrec.adapters.artifacts;

import io.ctxrec.domain.family.ModelFamilies;
import io.ctxrec.domain.port.LoadedVersion;
import io.ctxrec.domain.port.ModelArtifacts;
import io.ctxrec.domain.port.OfflineResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The versions' files under {@code <dataDir>/versions/<version>/}, as training writes them. */
public final class FileModelArtifacts implements ModelArtifacts {
    private final VersionFolders folders;
    private final ModelLoader loader;

    /** Reading the models of {@code families}. */
    public FileModelArtifacts(Path dataDir, ModelFamilies families) {
        this.folders = new VersionFolders(dataDir);
        this.loader = new ModelLoader(dataDir, families);
    }

    @Override
    public LoadedVersion load(String version) {
        return loader.load(version);
    }

    @Override
    public List<OfflineResult> offlineResults(String version) {
        Path file = folders.folder(version).resolve(ResultsCsv.FILE_NAME);
        return Files.isRegularFile(file) ? ResultsCsv.read(file) : List.of();
    }
}
