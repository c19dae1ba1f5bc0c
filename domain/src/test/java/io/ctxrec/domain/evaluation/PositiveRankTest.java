package io.ctxrec.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ctxrec.domain.metrics.RankingMetrics;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PositiveRankTest {
    // positive 0.5; negatives 0.75, 0.5, 0.125 -> 0.75 and the tied 0.5 rank above it: rank 3
    private final PositiveRank rank = PositiveRank.of(new float[] {0.5f, 0.75f, 0.5f, 0.125f});

    @Test
    void givenTiedNegative_thenItRanksAboveThePositive() {
        assertThat(rank.rank()).isEqualTo(3);
    }

    @Test
    void closedFormsMatchRankingMetricsOnTheEquivalentList() {
        List<String> ranking = List.of("n1", "n2", "pos", "n3");
        Set<String> relevant = Set.of("pos");
        for (int k = 1; k <= 4; k++) {
            assertThat(rank.hitRate(k)).isEqualTo(RankingMetrics.hitRateAt(ranking, relevant, k).getAsDouble());
            assertThat(rank.precision(k)).isCloseTo(RankingMetrics.precisionAt(ranking, relevant, k).getAsDouble(), within(1e-12));
            assertThat(rank.ndcg(k)).isCloseTo(RankingMetrics.ndcgAt(ranking, relevant, k).getAsDouble(), within(1e-12));
            assertThat(rank.reciprocalRank(k)).isCloseTo(RankingMetrics.averagePrecisionAt(ranking, relevant, k).getAsDouble(), within(1e-12));
        }
        // by hand at K = 3: NDCG = 1/log2(4) = 0.5, RR = 1/3
        assertThat(rank.ndcg(3)).isCloseTo(0.5, within(1e-12));
        assertThat(rank.reciprocalRank(3)).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void aucCountsTheTieAsHalf() {
        // below: 0.125 (1), tie: 0.5 (0.5) -> 1.5 / 3
        assertThat(rank.auc().getAsDouble()).isCloseTo(0.5, within(1e-12));
    }
}
