package io.ctxrec.adapters.family;

import io.ctxrec.adapters.artifacts.ItemPopularityFile;
import io.ctxrec.domain.encoding.EncoderSet;
import io.ctxrec.domain.evaluation.ItemPopularity;
import io.ctxrec.domain.fallback.WeightProfile;
import io.ctxrec.domain.family.ModelFamily;
import io.ctxrec.domain.port.OfflineResult;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.domain.scoring.ScoringModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * ItemPop as a model that serves: an item's score is its positives in the version's training data
 * ({@code item_popularity.csv}, which every run writes), whoever asks and in whatever context. Every training
 * counts it, as the baseline the offline evaluation compares the models with; the selection policy treats it
 * as a candidate and as the floor for users without purchases. A version from before the file has none.
 */
public final class ItemPopFamily implements ModelFamily {
    public static final ModelName NAME = ModelName.of(OfflineResult.BASELINE);
    @Override
    public ModelName name() {
        return NAME;
    }

    @Override
    public String colour() {
        return "#7f8c8d";
    }

    /** The default weights ({@code ctxrec.fallback.weights.itempop} may set its own). */
    @Override
    public Optional<WeightProfile> fallbackWeights() {
        return Optional.empty();
    }

    @Override
    public Optional<SavedModel> load(Path folder, String version, EncoderSet encoders) {
        Path file = folder.resolve(ItemPopularityFile.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(SavedModel.of(new Model(version,
                ItemPopularity.fromCounts(ItemPopularityFile.read(file, encoders.nItems())))));
    }

    private record Model(String version, ItemPopularity popularity) implements ScoringModel {
        @Override
        public ModelName name() {
            return NAME;
        }

        @Override
        public float[] score(int user, int[] items, int[] context) {
            return popularity.score(user, items, context);
        }
    }

    @Override
    public String toString() {
        return "ItemPopFamily";
    }
}
