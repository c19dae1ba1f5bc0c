package io.ctxrec.adapters.artifacts;

import io.ctxrec.adapters.dl4j.Dl4jScoringModel;
import io.ctxrec.adapters.dl4j.ModelFiles;
import io.ctxrec.adapters.dl4j.PrecomputedScorers;
import io.ctxrec.domain.encoding.EncoderSet;
import io.ctxrec.domain.port.LoadedVersion;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.domain.scoring.ScoringModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Reads a version's models and encoders back from {@code <dataDir>/versions/<version>/}, checking that
 * each model was saved for that version and for the encoders' user and item counts, and that an item-side
 * feature (the category each item scores with) sits where the encoders put that feature. Each model is
 * also made into its serving scorer here, once per version: the item side of the network is computed now.
 */
final class ModelLoader {
    private final VersionFolders folders;

    ModelLoader(Path dataDir) {
        this.folders = new VersionFolders(dataDir);
    }

    LoadedVersion load(String version) {
        Path folder = folders.folder(version);
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("version " + version + " has no folder " + folder);
        }
        EncoderSet encoders = EncoderFiles.read(folder.resolve(EncoderFiles.FILE_NAME));
        Map<ModelName, ScoringModel> models = new EnumMap<>(ModelName.class);
        Map<ModelName, ScoringModel> serving = new EnumMap<>(ModelName.class);
        for (ModelName name : ModelName.values()) {
            ModelFiles files = new ModelFiles(folder, name);
            if (files.exists()) {
                Dl4jScoringModel model = checked(files.load(), version, encoders);
                models.put(name, model);
                serving.put(name, PrecomputedScorers.of(model));
            }
        }
        if (models.isEmpty()) {
            throw new IllegalArgumentException("version " + version + " has no saved model in " + folder);
        }
        return new LoadedVersion(version, models, encoders, serving);
    }

    private static Dl4jScoringModel checked(Dl4jScoringModel model, String version, EncoderSet encoders) {
        String name = model.name().displayName();
        if (!version.equals(model.version())) {
            throw new IllegalArgumentException(name + " in folder " + version + " was saved as version " + model.version());
        }
        if (model.config().nUsers() != encoders.nUsers() || model.config().nItems() != encoders.nItems()) {
            throw new IllegalArgumentException(name + " of version " + version + " has " + model.config().nUsers()
                    + " users and " + model.config().nItems() + " items, its encoders " + encoders.nUsers() + " and "
                    + encoders.nItems());
        }
        model.itemFeature().ifPresent(f -> {
            if (encoders.positionOf(f.feature()).orElse(-1) != f.position()) {
                throw new IllegalArgumentException(name + " of version " + version + " takes item feature " + f.feature()
                        + " at context position " + f.position() + ", its encoders at "
                        + encoders.positionOf(f.feature()).orElse(-1));
            }
        });
        return model;
    }
}
