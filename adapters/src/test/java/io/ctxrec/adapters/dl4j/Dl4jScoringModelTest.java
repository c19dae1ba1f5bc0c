package io.ctxrec.adapters.dl4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ctxrec.domain.scoring.ModelName;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
        new Dl4jTrainer(CONFIG).train(model.graph(), TwoGroups.samples(1, 3), EpochListener.NONE);
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
}
