package io.ctxrec.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {
    private static final double EPS = 1e-9;

    // ranking a b c d e, relevant {a, c, f}: hits at positions 1 and 3.
    private final List<String> ranking = List.of("a", "b", "c", "d", "e");
    private final Set<String> relevant = Set.of("a", "c", "f");

    @Test
    void precisionCountsHitsInTopKOverK() {
        // top 5 holds 2 hits -> 2/5; top 2 holds 1 hit -> 1/2
        assertThat(RankingMetrics.precisionAt(ranking, relevant, 5).getAsDouble()).isCloseTo(0.4, within(EPS));
        assertThat(RankingMetrics.precisionAt(ranking, relevant, 2).getAsDouble()).isCloseTo(0.5, within(EPS));
    }

    @Test
    void hitRateIsOneWhenAnyRelevantItemIsInTopK() {
        // x y a with relevant {a}: a is at 3 -> hit at K=3, miss at K=2
        List<String> late = List.of("x", "y", "a");
        assertThat(RankingMetrics.hitRateAt(late, Set.of("a"), 3).getAsDouble()).isEqualTo(1.0);
        assertThat(RankingMetrics.hitRateAt(late, Set.of("a"), 2).getAsDouble()).isEqualTo(0.0);
    }

    @Test
    void averagePrecisionSumsPrecisionAtHitsOverMinOfRelevantAndK() {
        // P@1 = 1, P@3 = 2/3 -> (1 + 2/3) / min(3, 5) = 5/9
        assertThat(RankingMetrics.averagePrecisionAt(ranking, relevant, 5).getAsDouble())
                .isCloseTo(5.0 / 9, within(EPS));
        // K = 2: only the hit at 1 counts -> 1 / min(3, 2) = 1/2
        assertThat(RankingMetrics.averagePrecisionAt(ranking, relevant, 2).getAsDouble())
                .isCloseTo(0.5, within(EPS));
    }

    @Test
    void ndcgDividesDiscountedGainByIdealForMinOfRelevantAndK() {
        // DCG = 1/log2(2) + 1/log2(4) = 1.5; IDCG(3 hits) = 1 + 1/log2(3) + 1/log2(4) = 2.1309297535714578
        double expected = 1.5 / (1 + 1 / (Math.log(3) / Math.log(2)) + 0.5);
        assertThat(expected).isCloseTo(0.70392, within(1e-5));
        assertThat(RankingMetrics.ndcgAt(ranking, relevant, 5).getAsDouble()).isCloseTo(expected, within(EPS));
    }

    @Test
    void reciprocalRankIsOneOverFirstHitPositionWithinK() {
        List<String> late = List.of("x", "y", "a");
        assertThat(RankingMetrics.reciprocalRankAt(late, Set.of("a"), 3).getAsDouble()).isCloseTo(1.0 / 3, within(EPS));
        assertThat(RankingMetrics.reciprocalRankAt(late, Set.of("a"), 2).getAsDouble()).isEqualTo(0.0);
        assertThat(RankingMetrics.reciprocalRankAt(ranking, relevant, 5).getAsDouble()).isEqualTo(1.0);
    }

    @Test
    void givenSingleRelevantItemAtThree_thenNdcgIsHalfAndApEqualsMrr() {
        // 1/log2(3 + 1) = 1/2; AP = (1/3) / min(1, 3) = 1/3
        List<String> late = List.of("x", "y", "a");
        assertThat(RankingMetrics.ndcgAt(late, Set.of("a"), 3).getAsDouble()).isCloseTo(0.5, within(EPS));
        assertThat(RankingMetrics.averagePrecisionAt(late, Set.of("a"), 3).getAsDouble()).isCloseTo(1.0 / 3, within(EPS));
    }

    @Test
    void givenRankingShorterThanK_thenMissingPositionsCountAsMisses() {
        // [a] with relevant {a, b}, K = 3: P = 1/3, AP = 1 / min(2, 3) = 1/2, NDCG = 1 / (1 + 1/log2 3) = 0.61315
        List<String> shortList = List.of("a");
        Set<String> two = Set.of("a", "b");
        assertThat(RankingMetrics.precisionAt(shortList, two, 3).getAsDouble()).isCloseTo(1.0 / 3, within(EPS));
        assertThat(RankingMetrics.averagePrecisionAt(shortList, two, 3).getAsDouble()).isCloseTo(0.5, within(EPS));
        assertThat(RankingMetrics.ndcgAt(shortList, two, 3).getAsDouble()).isCloseTo(0.61315, within(1e-5));
    }

    @Test
    void worksWithItemIndexes() {
        // 3 1 2 with relevant {2}: 2 is at position 3, outside K = 2
        assertThat(RankingMetrics.hitRateAt(List.of(3, 1, 2), Set.of(2), 2).getAsDouble()).isEqualTo(0.0);
        assertThat(RankingMetrics.reciprocalRankAt(List.of(3, 1, 2), Set.of(2), 3).getAsDouble()).isCloseTo(1.0 / 3, within(EPS));
    }

    @Test
    void givenNoRelevantItems_thenEmptyResult() {
        assertThat(RankingMetrics.precisionAt(ranking, Set.of(), 5)).isEqualTo(OptionalDouble.empty());
        assertThat(RankingMetrics.hitRateAt(ranking, Set.of(), 5)).isEmpty();
        assertThat(RankingMetrics.averagePrecisionAt(ranking, Set.of(), 5)).isEmpty();
        assertThat(RankingMetrics.ndcgAt(ranking, Set.of(), 5)).isEmpty();
        assertThat(RankingMetrics.reciprocalRankAt(ranking, Set.of(), 5)).isEmpty();
    }

    @Test
    void givenEmptyRanking_thenEmptyResult() {
        assertThat(RankingMetrics.precisionAt(List.<String>of(), relevant, 5)).isEmpty();
        assertThat(RankingMetrics.ndcgAt(List.<String>of(), relevant, 5)).isEmpty();
    }

    @Test
    void givenKBelowOne_thenIllegalArgument() {
        assertThatThrownBy(() -> RankingMetrics.precisionAt(ranking, relevant, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k must be at least 1");
        assertThatThrownBy(() -> RankingMetrics.ndcgAt(List.<String>of(), relevant, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenRepeatedItemInTopK_thenIllegalArgument() {
        assertThatThrownBy(() -> RankingMetrics.precisionAt(List.of("a", "a"), Set.of("a"), 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("position 2");
    }
}
