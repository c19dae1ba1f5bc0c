package io.ctxrec.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PopularityBlendTest {
    private static final long[] COUNTS = {0, 3, 99};

    @Test
    void betaZeroLeavesTheModelsScoresAsTheyAre() {
        float[] scores = {0.2f, 0.9f, 0.5f};

        assertThat(PopularityBlend.of(0, COUNTS).apply(new int[] {0, 1, 2}, scores)).isSameAs(scores);
    }

    @Test
    void addsBetaTimesLogPopularityToTheLogOddsOverOnePlusBeta() {
        float[] blended = PopularityBlend.of(1, COUNTS).apply(new int[] {1}, new float[] {0.5f});

        // logit(0.5) = 0; (0 + 1 * log(1 + 3)) / 2
        assertThat((double) blended[0]).isCloseTo(Math.log(4) / 2, within(1e-6));
    }

    @Test
    void popularityFirstRanksByCountAndLetsTheModelBreakTies() {
        long[] counts = {5, 5, 6};
        float[] blended = PopularityBlend.of(PopularityBlend.POPULARITY_FIRST, counts)
                .apply(new int[] {0, 1, 2}, new float[] {0.3f, 0.7f, 0.01f});

        assertThat(blended[2]).isGreaterThan(blended[1]);
        assertThat(blended[1]).isGreaterThan(blended[0]);
    }

    @Test
    void aSmallBetaKeepsAConfidentModelsOrderAgainstAPopularItem() {
        float[] blended = PopularityBlend.of(0.125, COUNTS).apply(new int[] {0, 2}, new float[] {0.99f, 0.2f});

        assertThat(blended[0]).isGreaterThan(blended[1]);
    }

    @Test
    void saturatedSigmoidScoresStayFinite() {
        float[] blended = PopularityBlend.of(2, COUNTS).apply(new int[] {0, 1}, new float[] {1f, 0f});

        assertThat(blended[0]).isFinite();
        assertThat(blended[1]).isFinite();
    }

    @Test
    void aBlendedModelBlendsItsBlockScoresAsItsSingleOnes() {
        ScoringModel model = PopularityBlend.of(0.5, COUNTS).applyTo(new Constant());

        float[][] block = model.scoreBlock(new int[] {0, 1}, new int[][] {{0, 1, 2}, {2}}, new int[][] {{}, {}});

        assertThat(block[0]).containsExactly(model.score(0, new int[] {0, 1, 2}, new int[0]));
        assertThat(block[1]).containsExactly(model.score(1, new int[] {2}, new int[0]));
        assertThat(model.name()).isEqualTo(ModelName.BMF);
    }

    @Test
    void aBlendedModelScoresAsApplyOnTheModelsScores_andApplyLeavesItsInputAlone() {
        PopularityBlend blend = PopularityBlend.of(0.5, COUNTS);
        int[] items = {0, 1, 2};
        float[] own = new Constant().score(0, items, new int[0]);
        float[] before = own.clone();

        float[] applied = blend.apply(items, own);

        assertThat(own).containsExactly(before);
        assertThat(blend.applyTo(new Constant()).score(0, items, new int[0])).containsExactly(applied);
    }

    /** A model with logits of its own gives them (no sigmoid, then log, per item), alone and in a block. */
    @Test
    void aBlendedModelBlendsTheLogOddsItsModelGives() {
        ScoringModel withLogits = new Constant() {
            @Override
            public float[] logOdds(int user, int[] items, int[] context) {
                float[] logits = new float[items.length];
                Arrays.fill(logits, 2f);
                return logits;
            }

            @Override
            public float[][] logOddsBlock(int[] users, int[][] items, int[][] contexts) {
                float[][] block = new float[users.length][];
                for (int r = 0; r < users.length; r++) {
                    block[r] = logOdds(users[r], items[r], contexts[r]);
                }
                return block;
            }
        };
        ScoringModel blended = PopularityBlend.of(1, COUNTS).applyTo(withLogits);

        float[] scores = blended.score(0, new int[] {1, 2}, new int[0]);
        float[][] block = blended.scoreBlock(new int[] {0}, new int[][] {{1, 2}}, new int[][] {{}});

        assertThat((double) scores[0]).isCloseTo((2 + Math.log(4)) / 2, within(1e-6));
        assertThat((double) scores[1]).isCloseTo((2 + Math.log(100)) / 2, within(1e-6));
        assertThat(block[0]).containsExactly(scores);
    }

    @Test
    void betaZeroIsTheModelItself() {
        ScoringModel model = new Constant();

        assertThat(PopularityBlend.of(0, COUNTS).applyTo(model)).isSameAs(model);
    }

    @Test
    void refusesANegativeBetaAndAnItemWithoutACount() {
        assertThatThrownBy(() -> PopularityBlend.of(-1, COUNTS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(">= 0");
        assertThatThrownBy(() -> PopularityBlend.of(1, COUNTS).apply(new int[] {3}, new float[] {0.5f}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("item 3");
    }

    private static class Constant implements ScoringModel {
        @Override
        public ModelName name() {
            return ModelName.BMF;
        }

        @Override
        public String version() {
            return "v1";
        }

        @Override
        public float[] score(int user, int[] items, int[] context) {
            float[] scores = new float[items.length];
            Arrays.fill(scores, 0.5f);
            return scores;
        }
    }
}
