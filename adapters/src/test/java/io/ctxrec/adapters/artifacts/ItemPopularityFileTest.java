package io.ctxrec.adapters.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ctxrec.domain.encoding.EncoderSet;
import io.ctxrec.domain.encoding.IdEncoder;
import io.ctxrec.domain.fallback.WeightProfile;
import io.ctxrec.domain.family.ModelFamilies;
import io.ctxrec.domain.family.ModelFamily;
import io.ctxrec.domain.port.LoadedVersion;
import io.ctxrec.domain.port.OfflineResult;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.domain.scoring.ScoringModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A version's models are read back blended with popularity as the run chose, serving and trained alike. */
class ItemPopularityFileTest {
    private static final ModelName FLAT = ModelName.of("Flat");
    private static final ModelFamilies FAMILIES = ModelFamilies.of(List.of(new FlatFamily()));

    @TempDir
    Path dataDir;
    private Path folder;

    @BeforeEach
    void aVersionWithThreeItems() throws IOException {
        folder = Files.createDirectories(dataDir.resolve("versions").resolve("v001"));
        EncoderFiles.write(folder.resolve(EncoderFiles.FILE_NAME), new EncoderSet(IdEncoder.ofIndexOrder(List.of("u1")),
                IdEncoder.ofIndexOrder(List.of("p1", "p2", "p3")), List.of()));
    }

    @Test
    void aBlendedModelServesPopularItemsFirstWhereItsOwnScoresTie() {
        ItemPopularityFile.write(folder.resolve(ItemPopularityFile.FILE_NAME), new long[] {1, 30, 5});
        results(1.0);

        LoadedVersion loaded = new FileModelArtifacts(dataDir, FAMILIES).load("v001");

        float[] serving = loaded.servingModels().get(FLAT).score(0, new int[] {0, 1, 2}, new int[0]);
        assertThat(serving[1]).isGreaterThan(serving[2]);
        assertThat(serving[2]).isGreaterThan(serving[0]);
        assertThat(loaded.models().get(FLAT).score(0, new int[] {0, 1, 2}, new int[0])).containsExactly(serving);
    }

    @Test
    void aModelWithBetaZeroServesItsOwnScores() {
        results(0.0);

        LoadedVersion loaded = new FileModelArtifacts(dataDir, FAMILIES).load("v001");

        assertThat(loaded.servingModels().get(FLAT).score(0, new int[] {0, 1}, new int[0])).containsExactly(0.5f, 0.5f);
    }

    @Test
    void aBlendedModelWithoutItsCountsFileIsRefusedByName() {
        results(2.0);

        assertThatThrownBy(() -> new FileModelArtifacts(dataDir, FAMILIES).load("v001"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(ItemPopularityFile.FILE_NAME);
    }

    @Test
    void aCountsFileForOtherItemsIsRefused() {
        ItemPopularityFile.write(folder.resolve(ItemPopularityFile.FILE_NAME), new long[] {1, 2});
        results(1.0);

        assertThatThrownBy(() -> new FileModelArtifacts(dataDir, FAMILIES).load("v001"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 items, the encoders 3");
    }

    private void results(double beta) {
        ResultsCsv.write(folder.resolve(ResultsCsv.FILE_NAME), List.of(
                new OfflineResult("Flat", Map.of("map", 0.2, "popularity_blend", beta), List.of()),
                new OfflineResult(OfflineResult.BASELINE, Map.of("map", 0.1), List.of())));
    }

    /** Scores every item 0.5: only a blend can order them. */
    private static final class FlatFamily implements ModelFamily {
        @Override
        public ModelName name() {
            return FLAT;
        }

        @Override
        public String colour() {
            return "#000000";
        }

        @Override
        public Optional<WeightProfile> fallbackWeights() {
            return Optional.empty();
        }

        @Override
        public Optional<SavedModel> load(Path folder, String version, EncoderSet encoders) {
            return Optional.of(SavedModel.of(new ScoringModel() {
                @Override
                public ModelName name() {
                    return FLAT;
                }

                @Override
                public String version() {
                    return version;
                }

                @Override
                public float[] score(int user, int[] items, int[] context) {
                    float[] scores = new float[items.length];
                    java.util.Arrays.fill(scores, 0.5f);
                    return scores;
                }
            }));
        }
    }
}
