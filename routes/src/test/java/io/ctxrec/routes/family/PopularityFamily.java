package io.ctxrec.routes.family;

import io.ctxrec.domain.encoding.EncoderSet;
import io.ctxrec.domain.fallback.WeightProfile;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.domain.scoring.ScoringModel;
import io.ctxrec.training.dataset.PreparedDataset;
import io.ctxrec.training.pipeline.TrainableFamily;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A sixth model family, as small as one can be: an item's score is how many users touched it in training,
 * over the most any item has, whoever asks and in whatever context. Its whole registration is
 * {@code BuiltInFamilies.all().with(new PopularityFamily())}.
 */
final class PopularityFamily implements TrainableFamily {
    static final ModelName NAME = ModelName.of("Popularity");
    static final String COLOUR = "#7d3c98";
    static final WeightProfile WEIGHTS = new WeightProfile(0.10, 0.10, 0.60, 0.10, 0.10);

    @Override
    public ModelName name() {
        return NAME;
    }

    @Override
    public String colour() {
        return COLOUR;
    }

    @Override
    public Optional<WeightProfile> fallbackWeights() {
        return Optional.of(WEIGHTS);
    }

    @Override
    public ScoringModel train(String version, PreparedDataset data, Path folder) {
        int[] users = new int[data.nItems()];
        for (Set<Integer> items : data.trainUserItems().values()) {
            items.forEach(i -> users[i]++);
        }
        try {
            Files.createDirectories(folder);
            Files.writeString(file(folder), version + "\n" + Arrays.stream(users).mapToObj(String::valueOf)
                    .collect(Collectors.joining(",")) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Model(version, users);
    }

    @Override
    public Optional<SavedModel> load(Path folder, String version, EncoderSet encoders) {
        if (!Files.isRegularFile(file(folder))) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file(folder));
            int[] users = Arrays.stream(lines.get(1).split(",")).mapToInt(Integer::parseInt).toArray();
            if (!lines.get(0).equals(version) || users.length != encoders.nItems()) {
                throw new IllegalArgumentException(file(folder) + " is not of version " + version);
            }
            return Optional.of(SavedModel.of(new Model(version, users)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path file(Path folder) {
        return folder.resolve(NAME.displayName() + "_users.txt");
    }

    private record Model(String version, int[] users) implements ScoringModel {
        @Override
        public ModelName name() {
            return NAME;
        }

        @Override
        public float[] score(int user, int[] items, int[] context) {
            float most = Math.max(1, Arrays.stream(users).max().orElse(1));
            float[] scores = new float[items.length];
            for (int i = 0; i < items.length; i++) {
                scores[i] = users[items[i]] / most;
            }
            return scores;
        }
    }
}
