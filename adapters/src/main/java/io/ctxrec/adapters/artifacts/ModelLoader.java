package io.ctxrec.adapters.artifacts;

import io.ctxrec.domain.encoding.EncoderSet;
import io.ctxrec.domain.family.CombiningFamily;
import io.ctxrec.domain.family.ModelFamilies;
import io.ctxrec.domain.family.ModelFamily;
import io.ctxrec.domain.family.ModelFamily.SavedModel;
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
 * run blended with popularity ({@link ItemPopularityFile}) is read back blended, as it was evaluated. A
 * {@link CombiningFamily} (the ensemble) is read after the others, over their (blended) models.
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
        Map<ModelName, SavedModel> members = new LinkedHashMap<>();
        for (ModelFamily family : families.all()) {
            if (!(family instanceof CombiningFamily)) {
                family.load(folder, version, encoders).ifPresent(saved -> members.put(family.name(),
                        new SavedModel(ItemPopularityFile.blended(blends, saved.trained()),
                                ItemPopularityFile.blended(blends, saved.serving()))));
            }
        }
        Map<ModelName, SavedModel> all = new LinkedHashMap<>(members);
        for (ModelFamily family : families.all()) {
            if (family instanceof CombiningFamily combining) {
                combining.load(folder, version, members).ifPresent(saved -> all.put(family.name(), saved));
            }
        }
        all.forEach((name, saved) -> {
            models.put(name, saved.trained());
            serving.put(name, saved.serving());
        });
        if (models.isEmpty()) {
            throw new IllegalArgumentException("version " + version + " has no saved model in " + folder);
        }
        return new LoadedVersion(version, models, encoders, serving);
    }
}
