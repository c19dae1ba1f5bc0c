package io.ctxrec.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NegativeSamplerTest {
    private final Set<Integer> firstTen = IntStream.range(0, 10).boxed().collect(Collectors.toSet());

    @Test
    void drawsDistinctUnseenItemsInRange() {
        int[] drawn = new NegativeSampler(99, 7).negatives(3, firstTen, 1000);
        assertThat(drawn).hasSize(99).doesNotHaveDuplicates();
        assertThat(Arrays.stream(drawn)).allMatch(i -> i >= 10 && i < 1000);
    }

    @Test
    void givenSameSeedAndUser_thenSameDraw() {
        NegativeSampler sampler = new NegativeSampler(99, 7);
        assertThat(sampler.negatives(3, firstTen, 1000)).containsExactly(new NegativeSampler(99, 7).negatives(3, firstTen, 1000));
        // a different seed draws another set: P(identical) = 1 / C(990, 99), nil
        assertThat(sampler.negatives(3, firstTen, 1000)).isNotEqualTo(new NegativeSampler(99, 8).negatives(3, firstTen, 1000));
    }

    @Test
    void givenFewerUnseenItemsThanCount_thenAllOfThem() {
        // 5 items, 1 and 3 seen -> 0, 2, 4
        assertThat(new NegativeSampler(99, 1).negatives(0, Set.of(1, 3), 5)).containsExactly(0, 2, 4);
    }

    @Test
    void givenManyUnseenItems_thenEachIsDrawnAboutEquallyOften() {
        // rejection path: 20 items, 5 per user, 4000 users -> 1000 draws expected per item, sd ~ 27
        assertUniform(new NegativeSampler(5, 11), 20, 4000, 1000);
    }

    @Test
    void givenFewUnseenItems_thenShuffleIsUniformToo() {
        // shuffle path (2 * 5 > 8): 8 items, 5 per user, 4000 users -> 2500 expected per item, sd ~ 31
        assertUniform(new NegativeSampler(5, 11), 8, 4000, 2500);
    }

    private static void assertUniform(NegativeSampler sampler, int nItems, int users, int expected) {
        int[] counts = new int[nItems];
        for (int user = 0; user < users; user++) {
            for (int item : sampler.negatives(user, Set.of(), nItems)) {
                counts[item]++;
            }
        }
        assertThat(Arrays.stream(counts)).allMatch(c -> Math.abs(c - expected) < 150);
    }

    @Test
    void givenInteractedItemOutOfRange_thenIllegalArgument() {
        assertThatThrownBy(() -> new NegativeSampler(99, 1).negatives(4, Set.of(7), 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user 4").hasMessageContaining("7");
    }
}
