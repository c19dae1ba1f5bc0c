package io.ctxrec.adapters.dl4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.ctxrec.domain.scoring.ModelName;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class Dl4jScoringModelTest {
    private static final ModelConfig CONFIG = TwoGroups.config(1, 3);
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    private static Dl4jScoringModel model(ModelName name) {
        return new Dl4jScoringModel(name, "v7", ModelArchitectures.build(name, CONFIG), CONFIG);
    }

    @Test
    void scoringFromFourThreadsAtOnceGivesTheSerialResults() throws Exception {
        Dl4jScoringModel model = model(ModelName.ENCM);
        new TrainingLoop(CONFIG).train(model.graph(), TwoGroups.samples(1, 3), EpochListener.NONE);
        float[][] serial = new float[TwoGroups.USERS][];
        for (int u = 0; u < TwoGroups.USERS; u++) {
            serial[u] = model.score(u, TwoGroups.allItems(), new int[] {u % 3});
        }

        List<Future<float[]>> parallel = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (int u = 0; u < TwoGroups.USERS; u++) {
                int user = u;
                parallel.add(pool.submit(() -> model.score(user, TwoGroups.allItems(), new int[] {user % 3})));
            }
        }
        for (int k = 0; k < parallel.size(); k++) {
            assertThat(parallel.get(k).get()).containsExactly(serial[k % TwoGroups.USERS]);
        }
    }

    @Test
    void scoresFollowTheOrderOfTheItemsAsked() {
        Dl4jScoringModel model = model(ModelName.NEUMF);
        float[] forward = model.score(2, new int[] {3, 9, 27}, null);
        float[] reversed = model.score(2, new int[] {27, 9, 3}, null);
        assertThat(reversed).containsExactly(forward[2], forward[1], forward[0]);
        assertThat(model.name()).isEqualTo(ModelName.NEUMF);
        assertThat(model.version()).isEqualTo("v7");
    }

    @Test
    void noItemsGiveNoScores() {
        assertThat(model(ModelName.BMF).score(0, new int[0], null)).isEmpty();
    }

    @Test
    void rejectsIndexesOutsideTheModel() {
        Dl4jScoringModel encm = model(ModelName.ENCM);
        assertThatThrownBy(() -> encm.score(TwoGroups.USERS, new int[] {0}, new int[] {0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user");
        assertThatThrownBy(() -> encm.score(0, new int[] {0, -1}, new int[] {0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("items[1]");
        assertThatThrownBy(() -> encm.score(0, new int[] {0}, new int[] {3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("context[0]");
        assertThatThrownBy(() -> encm.score(0, new int[] {0}, new int[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("context must have 1");
    }

    /** Context (noise 0..2, category 0..3); item i's own category is i % 4. */
    private static final ModelConfig TWO_FEATURES = TwoGroups.config(1, 3, 4);

    private static ItemFeature categoryOfEachItem() {
        return new ItemFeature("category", 1, TwoGroups.allItemsMapped(i -> i % 4));
    }

    @Test
    void withAnItemFeatureEachItemScoresWithItsOwnCategoryWhateverTheRequestSays() {
        ComputationGraph graph = ModelArchitectures.build(ModelName.ENCM, TWO_FEATURES);
        Dl4jScoringModel plain = new Dl4jScoringModel(ModelName.ENCM, "v1", graph, TWO_FEATURES);
        Dl4jScoringModel itemSide = new Dl4jScoringModel(ModelName.ENCM, "v1", graph, TWO_FEATURES,
                categoryOfEachItem());

        for (int u = 0; u < TwoGroups.USERS; u += 5) {
            float[] saysUnknown = itemSide.score(u, TwoGroups.allItems(), new int[] {1, 0});
            float[] saysThree = itemSide.score(u, TwoGroups.allItems(), new int[] {1, 3});
            assertThat(saysThree).containsExactly(saysUnknown);
            assertThat(plain.score(u, TwoGroups.allItems(), new int[] {1, 3}))
                    .as("the plain model reads the request's category").isNotEqualTo(saysThree);
            for (int i = 0; i < TwoGroups.ITEMS; i++) {
                float alone = plain.score(u, new int[] {i}, new int[] {1, i % 4})[0];
                assertThat(saysUnknown[i]).isCloseTo(alone, within(1e-6f));
            }
        }
        assertThat(itemSide.itemFeature()).contains(categoryOfEachItem());
    }

    @Test
    void rejectsAnItemFeatureThatDoesNotFitTheModel() {
        ComputationGraph graph = ModelArchitectures.build(ModelName.ENCM, TWO_FEATURES);
        assertThatThrownBy(() -> new Dl4jScoringModel(ModelName.ENCM, "v1", graph, TWO_FEATURES,
                new ItemFeature("category", 1, new int[TwoGroups.ITEMS - 1])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("39 items, the model 40");
        assertThatThrownBy(() -> new Dl4jScoringModel(ModelName.ENCM, "v1", graph, TWO_FEATURES,
                new ItemFeature("category", 1, TwoGroups.allItemsMapped(i -> i % 5))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("item feature category[4]");
        assertThatThrownBy(() -> new Dl4jScoringModel(ModelName.ENCM, "v1", graph, TWO_FEATURES,
                new ItemFeature("category", 2, new int[TwoGroups.ITEMS])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("position 2");
    }

    @Test
    void aModelWithoutContextInputsDropsTheItemFeature() {
        Dl4jScoringModel bmf = new Dl4jScoringModel(ModelName.BMF, "v1",
                ModelArchitectures.build(ModelName.BMF, TWO_FEATURES), TWO_FEATURES, categoryOfEachItem());
        assertThat(bmf.itemFeature()).isEmpty();
    }
}
