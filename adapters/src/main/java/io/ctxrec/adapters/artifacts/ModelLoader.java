package io.ctxrec.adapters.artifacts;

import io.ctxrec.domain.encoding.EncoderSet;
import io.ctxrec.domain.family.CombiningFamily;
import io.ctxrec.domain.family.ModelFamilies;
import io.ctxrec.domain.family.ModelFamily;
import io.ctxrec.domain.family.ModelFamily.SavedModel;
import io.ctxrec.domain.port.LoadedVersion;
import io.ctxrec.domain.port.ModelStore;
import io.ctxrec.domain.port.VersionDamage;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.domain.scoring.PopularityBlend;
import io.ctxrec.domain.scoring.ScoringModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reads a version's models and encoders back from its local folder in the {@link ModelStore}: each registered
 * family reads and checks its own model, when the version has one, and makes it into its serving scorer
 * here, once per version (for the DL4J models the item side of the network is computed now). A model the
 * run blended with popularity ({@link ItemPopularityFile}) is read back blended, as it was evaluated. A
 * {@link CombiningFamily} (the ensemble) is read after the others, over their (blended) models.
 *
 * <p>The files are checked against the checksums recorded at save ({@link ArtifactChecksums}) first. Each
 * model loads on its own: one whose file is damaged, or that fails to load, is left out and reported in the
 * version's {@link VersionDamage}, and the others serve. A damaged file every model needs (the encoders, the
 * results, the popularity counts, the checksums themselves) makes the version unloadable, as does losing
 * every model.
 */
final class ModelLoader {
    /** The files of the whole version: damaged, no model of it can serve as it was evaluated. */
    private static final Set<String> SHARED = Set.of(EncoderFiles.FILE_NAME, ResultsCsv.FILE_NAME,
            ItemPopularityFile.FILE_NAME, ArtifactChecksums.FILE_NAME);

    private final ModelStore store;
    private final ModelFamilies families;

    ModelLoader(ModelStore store, ModelFamilies families) {
        this.store = Objects.requireNonNull(store, "store");
        this.families = Objects.requireNonNull(families, "families");
    }

    LoadedVersion load(String version) {
        Path folder = store.localFolder(version);
        Optional<Map<String, String>> checked = ArtifactChecksums.verify(folder);
        Map<String, String> damaged = checked.orElse(Map.of());
        List<String> shared = damaged.keySet().stream().filter(SHARED::contains).sorted().toList();
        if (!shared.isEmpty()) {
            throw new IllegalArgumentException("version " + version + " cannot serve: " + shared.stream()
                    .map(f -> f + " " + damaged.get(f)).collect(Collectors.joining("; ")));
        }
        EncoderSet encoders = EncoderFiles.read(folder.resolve(EncoderFiles.FILE_NAME));
        Path results = folder.resolve(ResultsCsv.FILE_NAME);
        Map<ModelName, PopularityBlend> blends = ItemPopularityFile.blends(folder,
                Files.isRegularFile(results) ? ResultsCsv.read(results) : List.of(), encoders.nItems());
        Map<ModelName, String> dropped = new LinkedHashMap<>();
        Map<ModelName, SavedModel> members = new LinkedHashMap<>();
        for (ModelFamily family : families.all()) {
            if (!(family instanceof CombiningFamily)) {
                loadOnItsOwn(family, damaged, dropped, () -> family.load(folder, version, encoders)
                        .map(saved -> new SavedModel(ItemPopularityFile.blended(blends, saved.trained()),
                                ItemPopularityFile.blended(blends, saved.serving()))))
                        .ifPresent(saved -> members.put(family.name(), saved));
            }
        }
        Map<ModelName, SavedModel> all = new LinkedHashMap<>(members);
        for (ModelFamily family : families.all()) {
            if (family instanceof CombiningFamily combining && !members.isEmpty()) {
                loadOnItsOwn(family, damaged, dropped, () -> combining.load(folder, version, members))
                        .ifPresent(saved -> all.put(family.name(), saved));
            }
        }
        VersionDamage damage = new VersionDamage(checked.isPresent(), damaged, dropped);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("version " + version + " has no " + (dropped.isEmpty() ? "saved"
                    : "loadable") + " model in " + folder + (dropped.isEmpty() ? "" : ": " + damage.reasons()));
        }
        Map<ModelName, ScoringModel> models = new LinkedHashMap<>();
        Map<ModelName, ScoringModel> serving = new LinkedHashMap<>();
        all.forEach((name, saved) -> {
            models.put(name, saved.trained());
            serving.put(name, saved.serving());
        });
        return new LoadedVersion(version, models, encoders, serving, damage);
    }

    /**
     * One model, apart from the others: left out (with the reason in {@code dropped}) when one of its files
     * ({@code <Name>_...}) is damaged or when reading it fails.
     */
    private static Optional<SavedModel> loadOnItsOwn(ModelFamily family, Map<String, String> damaged,
                                                     Map<ModelName, String> dropped, Supplier<Optional<SavedModel>> load) {
        String prefix = family.name().displayName() + "_";
        Optional<String> broken = damaged.keySet().stream().filter(f -> f.startsWith(prefix)).sorted().findFirst();
        if (broken.isPresent()) {
            dropped.put(family.name(), broken.get() + " " + damaged.get(broken.get()));
            return Optional.empty();
        }
        try {
            return load.get();
        } catch (RuntimeException e) {
            dropped.put(family.name(), "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
    }
}
