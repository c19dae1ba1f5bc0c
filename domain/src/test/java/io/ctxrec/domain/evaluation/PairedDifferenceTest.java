package io.ctxrec.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class PairedDifferenceTest {

    @Test
    void meanAndStandardErrorOfTheCaseByCaseDifferenceComputedByHand() {
        // k = 2; the third case is unranked for b (0) and left out.
        int[] a = {1, 2, 5, 1, 2};
        int[] b = {3, 1, 0, 2, 9};

        PairedDifference d = PairedDifference.of(a, b, 2);

        assertThat(d.cases()).isEqualTo(4);
        // hit differences 1, 0, 0, 1: mean 0.5, sample variance 1/3, standard error sqrt(1/12).
        assertThat(d.hitRate().getAsDouble()).isCloseTo(0.5, offset(1e-12));
        assertThat(d.hitRateSe().getAsDouble()).isCloseTo(Math.sqrt(1.0 / 12), offset(1e-12));
        // ndcg differences 1 - 0, 1/log2(3) - 1, 1 - 1/log2(3), 1/log2(3) - 0: they sum to 1 + 1/log2(3).
        double third = 1 / (Math.log(3) / Math.log(2));
        assertThat(d.ndcg().getAsDouble()).isCloseTo((1 + third) / 4, offset(1e-12));
    }

    @Test
    void identicalRanksDifferByZeroWithZeroError() {
        PairedDifference d = PairedDifference.of(new int[] {1, 4, 20}, new int[] {1, 4, 20}, 10);

        assertThat(d.hitRate().getAsDouble()).isZero();
        assertThat(d.ndcgSe().getAsDouble()).isZero();
    }

    @Test
    void fewerThanTwoPairedCasesGiveNoFigureAndUnequalCasesAreRefused() {
        assertThat(PairedDifference.of(new int[] {1, 0}, new int[] {1, 1}, 10).hitRate()).isEmpty();
        assertThatThrownBy(() -> PairedDifference.of(new int[] {1}, new int[] {1, 2}, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
