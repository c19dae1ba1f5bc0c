package io.ctxrec.adapters.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.domain.scoring.ScoringModel;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnsembleModelTest {
    private static final ModelName A = ModelName.of("A");
    private static final ModelName B = ModelName.of("B");
    private static final ModelName C = ModelName.of("C");

    /** Scores each item by a fixed table, whoever asks. */
    private record Fixed(ModelName name, float[] table) implements ScoringModel {
        @Override
        public String version() {
            return "v1";
        }

        @Override
        public float[] score(int user, int[] items, int[] context) {
            float[] scores = new float[items.length];
            for (int i = 0; i < items.length; i++) {
                scores[i] = table[items[i]];
            }
            return scores;
        }
    }

    private static EnsembleWeights weights(double a, double b, double c) {
        Map<ModelName, Double> w = new LinkedHashMap<>();
        w.put(A, a);
        w.put(B, b);
        w.put(C, c);
        return new EnsembleWeights(w);
    }

    private static final Map<ModelName, ScoringModel> MEMBERS = Map.of(
            A, new Fixed(A, new float[] {0.9f, 0.5f, 0.1f}),
            B, new Fixed(B, new float[] {-3f, 7f, 5f}),
            C, new Fixed(C, new float[] {1f, 1f, 1f}));

    @Test
    void scoresTheWeightedMeanOfTheMembersRanksOverTheItemsAskedAbout() {
        EnsembleModel ensemble = new EnsembleModel("v1", weights(0.75, 0.25, 0), MEMBERS);

        // A's ranks 1, 0.5, 0; B's 0, 1, 0.5
        assertThat(ensemble.score(0, new int[] {0, 1, 2}, new int[0])).containsExactly(0.75f, 0.625f, 0.125f);
        // over two items A's ranks are 1, 0 and B's 0, 1
        assertThat(ensemble.score(0, new int[] {0, 1}, new int[0])).containsExactly(0.75f, 0.25f);
        assertThat(ensemble.members()).containsExactly(A, B);
    }

    @Test
    void aMemberThatDidNotAnswerLeavesTheOthersWeightsScaledToOne() {
        EnsembleModel ensemble = new EnsembleModel("v1", weights(0.5, 0.25, 0.25), MEMBERS);
        int[] items = {0, 1, 2};
        float[] a = ensemble.prepare(A, MEMBERS.get(A).score(0, items, null));

        assertThat(ensemble.combine(Map.of(A, a))).containsExactly(1f, 0.5f, 0f);
        assertThatThrownBy(() -> ensemble.combine(Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("none of the ensemble's members");
    }

    @Test
    void scoresABlockAsRequestByRequest() {
        EnsembleModel ensemble = new EnsembleModel("v1", weights(0.5, 0.3, 0.2), MEMBERS);
        int[][] items = {{0, 1, 2}, {2, 0}};

        float[][] block = ensemble.scoreBlock(new int[] {0, 1}, items, new int[][] {null, null});

        assertThat(block[0]).containsExactly(ensemble.score(0, items[0], null));
        assertThat(block[1]).containsExactly(ensemble.score(1, items[1], null));
    }

    @Test
    void aVersionWithoutAWeightedMemberIsRefused() {
        assertThatThrownBy(() -> new EnsembleModel("v1", weights(0.5, 0.5, 0), Map.of(A, MEMBERS.get(A))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs B");
    }

    @Test
    void weightsMustBeNonNegativeAndSumToOne() {
        assertThatThrownBy(() -> weights(0.5, 0.6, 0)).hasMessageContaining("sum to 1");
        assertThatThrownBy(() -> weights(1.5, -0.5, 0)).hasMessageContaining("must be a number >= 0");
    }
}
