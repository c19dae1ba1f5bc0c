package io.ctxrec.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ItemPopularityTest {

    @Test
    void scoresItemsByPositiveCountOverTheLargestCount() {
        // positives on 2, 2, 1, 2 -> counts [0, 1, 3, 0]; scores count / 3
        ItemPopularity pop = ItemPopularity.fromPositives(4, new int[] {2, 2, 1, 2});
        assertThat(pop.count(2)).isEqualTo(3);
        assertThat(pop.score(5, new int[] {0, 1, 2}, new int[0])).containsExactly(0f, 1f / 3, 1f);
    }

    @Test
    void givenNoPositives_thenAllScoresZero() {
        assertThat(ItemPopularity.fromCounts(new long[3]).score(0, new int[] {0, 2}, new int[0])).containsExactly(0f, 0f);
    }

    @Test
    void givenUnknownItem_thenIllegalArgument() {
        assertThatThrownBy(() -> ItemPopularity.fromCounts(new long[2]).score(0, new int[] {2}, new int[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("item 2");
    }
}
