package io.ctxrec.adapters.dl4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.scoring.ModelName;
import java.util.List;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;

class EncmContextTest {

    /** Every (user, item) in both contexts: context 1 makes items 0..19 the liked ones, context 2 items 20..39. */
    private static TrainingSamples contextDecidesTheLabel() {
        int n = TwoGroups.USERS * TwoGroups.ITEMS * 2;
        int[] users = new int[n];
        int[] items = new int[n];
        int[] context = new int[n];
        float[] labels = new float[n];
        int s = 0;
        for (int u = 0; u < TwoGroups.USERS; u++) {
            for (int i = 0; i < TwoGroups.ITEMS; i++) {
                for (int c = 1; c <= 2; c++) {
                    users[s] = u;
                    items[s] = i;
                    context[s] = c;
                    labels[s++] = (i < TwoGroups.ITEMS / 2) == (c == 1) ? 1f : 0f;
                }
            }
        }
        return new TrainingSamples(users, items, new int[][] {context}, labels);
    }

    @Test
    void encmScoresFollowTheContextThatDecidedTheLabels() {
        ModelConfig config = new ModelConfig(8, List.of(16, 8), 0.01, 1e-4, 15, 64, 4, 42,
                TwoGroups.USERS, TwoGroups.ITEMS, new int[] {3});
        ComputationGraph graph = ModelArchitectures.build(ModelName.ENCM, config);
        TrainingSamples samples = contextDecidesTheLabel();
        new TrainingLoop(config).train(graph, epoch -> samples, EpochListener.NONE);
        Dl4jScoringModel model = new Dl4jScoringModel(ModelName.ENCM, "v1", graph, config);

        int consistent = 0;
        for (int u = 0; u < TwoGroups.USERS; u++) {
            float[] inFirst = model.score(u, TwoGroups.allItems(), new int[] {1});
            float[] inSecond = model.score(u, TwoGroups.allItems(), new int[] {2});
            boolean ok = true;
            for (int i = 0; i < TwoGroups.ITEMS; i++) {
                ok &= i < TwoGroups.ITEMS / 2 ? inFirst[i] > inSecond[i] + 0.5f : inSecond[i] > inFirst[i] + 0.5f;
            }
            consistent += ok ? 1 : 0;
        }
        assertThat(consistent).isEqualTo(TwoGroups.USERS);
    }
}
