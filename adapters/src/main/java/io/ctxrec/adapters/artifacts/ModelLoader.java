package io.ctxrec.adapters.artifacts;

import io.ctxrec.domain.encoding.EncoderSet;
import io.ctxrec.domain.family.ModelFamilies;
import io.ctxrec.domain.family.ModelFamily;
import io.ctxrec.domain.port.LoadedVersion;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.domain.scoring.PopularityBlend;
import io.ctxrec.domain.scoring.ScoringModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a version's models and encoders back from {@code <dataDir>/versions/<version>/}: each registered
 * family reads and checks its own model, when the version has one, and makes it into its serving scorer
 * here, once per version (for the DL4J models the item side of the network is computed now). A model the
 * run blended with popularity ({@link ItemPopularityFile}) is read back blended, as it was evaluated.
 */
final class ModelLoader {
    private final VersionFolders folders;
    private final ModelFamilies families;

    ModelLoader(Path dataDir, ModelFamilies families) {
        this.folders = new VersionFolders(dataDir);
        this.families = Objects.requireNonNull(families, "families");
    }

    LoadedVersion load(String version) {
        Path folder = folders.folder(version);
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("version " + version + " has no folder " + folder);
        }
        EncoderSet encoders = EncoderFiles.read(folder.resolve(EncoderFiles.FILE_NAME));
        Path results = folder.resolve(ResultsCsv.FILE_NAME);
        Map<ModelName, PopularityBlend> blends = ItemPopularityFile.blends(folder,
                Files.isRegularFile(results) ? ResultsCsv.read(results) : List.of(), encoders.nItems());
        Map<ModelName, ScoringModel> models = new LinkedHashMap<>();
        Map<ModelName, ScoringModel> serving = new LinkedHashMap<>();
        for (ModelFamily family : families.all()) {
            family.load(folder, version, encoders).ifPresent(saved -> {
                models.put(family.name(), ItemPopularityFile.blended(blends, saved.trained()));
                serving.put(family.name(), ItemPopularityFile.blended(blends, saved.serving()));
            });
        }
        if (models.isEmpty()) {
            throw new IllegalArgumentException("version " + version + " has no saved model in " + folder);
        }
        return new LoadedVersion(version, models, encoders, serving);
    }
}
