package io.ctxrec.adapters.dl4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ctxrec.domain.scoring.ModelName;
import java.nio.file.Path;
import java.util.Random;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.dataset.MultiDataSet;

class ModelFilesTest {
    private static final ModelConfig CONFIG = TwoGroups.config(2, 3);

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("io.ctxrec.adapters.dl4j.Dl4jFamily#names")
    void savedModelScoresLikeTheOriginalAndResumesTrainingWhereItStopped(ModelName model) throws Exception {
        ComputationGraph trained = ModelArchitectures.build(model, CONFIG);
        new TrainingLoop(CONFIG).train(trained, TwoGroups.samples(2, 3), EpochListener.NONE);
        ModelFiles files = new ModelFiles(dir, model);

        files.save("2024-05-01T10-00", trained, CONFIG);
        Dl4jScoringModel loaded = files.load();

        assertThat(files.modelFile().getFileName().toString()).isEqualTo(model.displayName() + "_model.zip");
        assertThat(files.configFile().getFileName().toString()).isEqualTo(model.displayName() + "_config.json");
        assertThat(loaded.version()).isEqualTo("2024-05-01T10-00");
        assertThat(loaded.config()).isEqualTo(CONFIG);
        assertThat(loaded.itemFeature()).isEmpty();
        assertThat(files.readInfo().parameterCount()).isEqualTo(ModelArchitectures.parameterCount(trained));
        Dl4jScoringModel original = new Dl4jScoringModel(model, "x", trained, CONFIG);
        for (int u = 0; u < TwoGroups.USERS; u += 7) {
            float[] expected = original.score(u, TwoGroups.allItems(), new int[] {2});
            float[] actual = loaded.score(u, TwoGroups.allItems(), new int[] {2});
            for (int i = 0; i < expected.length; i++) {
                assertThat(actual[i]).isCloseTo(expected[i], within(1e-6f));
            }
        }

        // One more Adam step on the same batch: equal losses afterwards only if the updater state came back.
        MultiDataSet batch = new MiniBatches(TwoGroups.samples(2, 3).apply(3), 256,
                ModelArchitectures.contextInputs(trained), new Random(3)).next();
        ComputationGraph withoutUpdater = ModelSerializer.restoreComputationGraph(files.modelFile().toFile(), false);
        double continued = stepThenScore(trained, batch);
        double resumed = stepThenScore(loaded.graph(), batch);
        double restarted = stepThenScore(withoutUpdater, batch);
        assertThat(resumed).isCloseTo(continued, within(1e-5));
        assertThat(Math.abs(restarted - continued)).isGreaterThan(1e-5);
    }

    @Test
    void savedItemFeatureComesBackSoTheLoadedModelStillScoresEachItemWithItsOwnCategory() {
        ModelConfig config = TwoGroups.config(1, 3, 4);
        ItemFeature category = new ItemFeature("category", 1, TwoGroups.allItemsMapped(i -> i % 4));
        Dl4jScoringModel original = new Dl4jScoringModel(ModelName.ENCM, "v2",
                ModelArchitectures.build(ModelName.ENCM, config), config, category);
        ModelFiles files = new ModelFiles(dir, ModelName.ENCM);

        files.save(original);
        Dl4jScoringModel loaded = files.load();

        assertThat(loaded.itemFeature()).contains(category);
        assertThat(files.readInfo().itemFeature()).isEqualTo(category);
        for (int u = 0; u < TwoGroups.USERS; u += 7) {
            float[] expected = original.score(u, TwoGroups.allItems(), new int[] {2, 0});
            float[] actual = loaded.score(u, TwoGroups.allItems(), new int[] {2, 3});
            for (int i = 0; i < expected.length; i++) {
                assertThat(actual[i]).isCloseTo(expected[i], within(1e-6f));
            }
        }
    }

    private static double stepThenScore(ComputationGraph graph, MultiDataSet batch) {
        graph.fit(batch);
        return graph.score(batch);
    }
}
