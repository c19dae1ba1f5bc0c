package io.ctxrec.adapters.artifacts;

import io.ctxrec.domain.family.ModelFamilies;
import io.ctxrec.domain.port.LoadedVersion;
import io.ctxrec.domain.port.ModelArtifacts;
import io.ctxrec.domain.port.ModelStore;
import io.ctxrec.domain.port.OfflineResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The versions' files as training writes them, read from their local folder in the {@link ModelStore}
 * (fetched from the store first when this instance has no copy).
 */
public final class FileModelArtifacts implements ModelArtifacts {
    private final ModelStore store;
    private final ModelLoader loader;

    /** Reading the models of {@code families} from the version folders under {@code <dataDir>/versions/}. */
    public FileModelArtifacts(Path dataDir, ModelFamilies families) {
        this(new VersionFolders(dataDir), families);
    }

    /** Reading the models of {@code families} from {@code store}. */
    public FileModelArtifacts(ModelStore store, ModelFamilies families) {
        this.store = store;
        this.loader = new ModelLoader(store, families);
    }

    @Override
    public LoadedVersion load(String version) {
        return loader.load(version);
    }

    @Override
    public List<OfflineResult> offlineResults(String version) {
        Path folder;
        try {
            folder = store.localFolder(version);
        } catch (IllegalArgumentException notStored) {
            return List.of(); // a failed or pruned version recorded none
        }
        Path file = folder.resolve(ResultsCsv.FILE_NAME);
        return Files.isRegularFile(file) ? ResultsCsv.read(file) : List.of();
    }
}
