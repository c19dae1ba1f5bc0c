package io.ctxrec.adapters.ensemble;

import io.ctxrec.domain.family.CombiningFamily;
import io.ctxrec.domain.fallback.WeightProfile;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.domain.scoring.ScoringModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The ensemble: a fifth candidate whose score of an item is the weighted mean of the other models' ranks of
 * it among the items asked about ({@link EnsembleModel}), the weights chosen on the validation split
 * ({@link WeightFit}) over the models trained in the same version. Saved as {@value #FILE} in the version's
 * folder: the version on the first line, then one {@code model=weight} line per model it was fitted over.
 */
public final class EnsembleFamily implements CombiningFamily {
    public static final ModelName NAME = ModelName.of("Ensemble");
    static final String FILE = "Ensemble_weights.txt";
    private static final String VERSION = "version=";

    @Override
    public ModelName name() {
        return NAME;
    }

    @Override
    public String colour() {
        return "#5b2c6f";
    }

    @Override
    public Optional<WeightProfile> fallbackWeights() {
        return Optional.empty();
    }

    @Override
    public Map<ModelName, Double> fit(String version, Map<ModelName, float[][]> validation,
                                      ToDoubleFunction<float[][]> quality, Path folder) {
        EnsembleWeights weights = WeightFit.fit(validation, quality);
        List<String> lines = new ArrayList<>();
        lines.add(VERSION + version);
        weights.all().forEach((model, weight) -> lines.add(model.displayName() + "=" + weight));
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(FILE), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.resolve(FILE), e);
        }
        return weights.all();
    }

    @Override
    public Optional<SavedModel> load(Path folder, String version, Map<ModelName, SavedModel> members) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        EnsembleWeights weights = read(file, version);
        Map<ModelName, ScoringModel> trained = new LinkedHashMap<>();
        Map<ModelName, ScoringModel> serving = new LinkedHashMap<>();
        members.forEach((name, saved) -> {
            trained.put(name, saved.trained());
            serving.put(name, saved.serving());
        });
        return Optional.of(new SavedModel(new EnsembleModel(version, weights, trained),
                new EnsembleModel(version, weights, serving)));
    }

    private static EnsembleWeights read(Path file, String version) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (lines.isEmpty() || !lines.get(0).equals(VERSION + version)) {
            throw new IllegalArgumentException(file + " is not of version " + version);
        }
        Map<ModelName, Double> weights = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] parts = lines.get(i).split("=", 2);
            try {
                weights.put(ModelName.of(parts[0]), Double.parseDouble(parts.length < 2 ? "" : parts[1]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected model=weight, was '"
                        + lines.get(i) + "'", e);
            }
        }
        return new EnsembleWeights(weights);
    }

    /** The weight of each model the ensemble in {@code model} was fitted over; empty for a model that is no ensemble. */
    public static Map<ModelName, Double> weightsOf(ScoringModel model) {
        return model instanceof EnsembleModel ensemble ? ensemble.weights().all() : Map.of();
    }
}
