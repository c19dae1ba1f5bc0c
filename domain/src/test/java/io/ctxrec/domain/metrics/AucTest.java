package io.ctxrec.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AucTest {

    @Test
    void onePositiveScoresFractionOfNegativesBelowItWithTiesAsHalf() {
        // 0.6 vs {0.2, 0.6, 0.9, 0.1}: below 0.2 and 0.1 = 2, tie 0.6 = 0.5 -> 2.5 / 4
        assertThat(Auc.ofPositive(0.6, new double[] {0.2, 0.6, 0.9, 0.1}).getAsDouble()).isCloseTo(0.625, within(1e-12));
    }

    @Test
    void generalAucCountsPositiveNegativePairs() {
        // positives 0.9, 0.4; negatives 0.4, 0.1, 0.7
        // 0.9 beats all three = 3; 0.4 ties 0.4 (0.5), beats 0.1 (1), loses to 0.7 -> 1.5; (3 + 1.5) / 6
        double[] predictions = {0.9, 0.4, 0.4, 0.1, 0.7};
        double[] labels = {1, 1, 0, 0, 0};
        assertThat(Auc.of(predictions, labels).getAsDouble()).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void givenAllScoresEqual_thenAucIsHalf() {
        // every pair is a tie -> 0.5
        assertThat(Auc.of(new double[] {0.3, 0.3, 0.3}, new double[] {1, 0, 0}).getAsDouble()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void givenNoNegativesOrNoPositives_thenEmptyResult() {
        assertThat(Auc.ofPositive(0.5, new double[0])).isEmpty();
        assertThat(Auc.of(new double[] {0.1, 0.2}, new double[] {1, 1})).isEmpty();
        assertThat(Auc.of(new double[] {0.1, 0.2}, new double[] {0, 0})).isEmpty();
        assertThat(Auc.of(new double[0], new double[0])).isEmpty();
    }

    @Test
    void givenBadInput_thenIllegalArgument() {
        assertThatThrownBy(() -> Auc.of(new double[] {0.1}, new double[] {1, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differ in length");
        assertThatThrownBy(() -> Auc.of(new double[] {0.1, 0.2}, new double[] {1, 0.5}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("labels[1]");
        assertThatThrownBy(() -> Auc.ofPositive(Double.NaN, new double[] {0.1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positiveScore");
    }
}
