package io.ctxrec.adapters.dl4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.scoring.ModelName;
import java.util.List;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ModelArchitecturesTest {
    // 30 users, 40 items, d = 8, hidden [16, 8]; ENCM has context features of 4 and 3 values.
    private static final ModelConfig CONFIG = new ModelConfig(8, List.of(16, 8), 0.01, 1e-4, 1, 32, 4, 7,
            30, 40, new int[] {4, 3});
    private static final int MLP_2D = (16 * 16 + 16) + (16 * 8 + 8); // 2d=16 -> 16 -> 8

    @Test
    void encmHasUserItemAndOneInputPerContextFeature() {
        ComputationGraph g = ModelArchitectures.build(ModelName.ENCM, CONFIG);
        assertThat(g.getNumInputArrays()).isEqualTo(4);
        // embeddings (30 + 40 + 4 + 3) x 8, MLP 32 -> 16 -> 8, output 8 -> 1
        long expected = 77 * 8 + (32 * 16 + 16) + (16 * 8 + 8) + (8 + 1);
        assertThat(ModelArchitectures.parameterCount(g)).isEqualTo(expected);
    }

    @Test
    void lncmHasTwoEmbeddingPairsAnMlpALogitAndOneAlpha() {
        ComputationGraph g = ModelArchitectures.build(ModelName.LNCM, CONFIG);
        assertThat(g.getNumInputArrays()).isEqualTo(2);
        long expected = 2 * 70 * 8 + MLP_2D + (8 + 1) + 1;
        assertThat(ModelArchitectures.parameterCount(g)).isEqualTo(expected);
        assertThat(ModelArchitectures.lncmLinearWeight(g)).isEqualTo(0.5);
    }

    @Test
    void neuMfHasGmfAndMlpTowersIntoOneOutput() {
        ComputationGraph g = ModelArchitectures.build(ModelName.NEUMF, CONFIG);
        assertThat(g.getNumInputArrays()).isEqualTo(2);
        long expected = 2 * 70 * 8 + MLP_2D + (8 + 8 + 1);
        assertThat(ModelArchitectures.parameterCount(g)).isEqualTo(expected);
    }

    @Test
    void bmfHasEmbeddingsBiasesAndAGlobalBias() {
        ComputationGraph g = ModelArchitectures.build(ModelName.BMF, CONFIG);
        assertThat(g.getNumInputArrays()).isEqualTo(2);
        assertThat(ModelArchitectures.parameterCount(g)).isEqualTo(70 * 8 + 70 + 1);
    }

    @ParameterizedTest
    @MethodSource("io.ctxrec.adapters.dl4j.Dl4jFamily#names")
    void untrainedModelOutputsProbabilities(ModelName model) {
        Dl4jScoringModel scoring = new Dl4jScoringModel(model, "v0", ModelArchitectures.build(model, CONFIG), CONFIG);
        float[] scores = scoring.score(3, TwoGroups.allItems(), new int[] {1, 2});
        assertThat(scores).hasSize(40);
        for (float s : scores) {
            assertThat(s).isStrictlyBetween(0f, 1f);
        }
    }

    @ParameterizedTest
    @MethodSource("io.ctxrec.adapters.dl4j.Dl4jFamily#names")
    void sameSeedGivesSameInitialScores(ModelName model) {
        float[] a = new Dl4jScoringModel(model, "a", ModelArchitectures.build(model, CONFIG), CONFIG)
                .score(5, new int[] {0, 7, 39}, new int[] {0, 0});
        float[] b = new Dl4jScoringModel(model, "b", ModelArchitectures.build(model, CONFIG), CONFIG)
                .score(5, new int[] {0, 7, 39}, new int[] {0, 0});
        assertThat(a).containsExactly(b);
    }
}
