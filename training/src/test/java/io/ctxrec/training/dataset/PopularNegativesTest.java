package io.ctxrec.training.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.Arrays;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PopularNegativesTest {
    // weights (count + 1)^1: 1, 2, 4, 8, 16 (sum 31)
    private static final long[] COUNTS = {0, 1, 3, 7, 15};
    private static final int DRAWS = 40_000;

    @Test
    void givenAlphaOne_thenEachItemIsDrawnInProportionToItsCountPlusOne() {
        assertShares(COUNTS, 1.0, Set.of(), 1 / 31.0, 2 / 31.0, 4 / 31.0, 8 / 31.0, 16 / 31.0);
    }

    @Test
    void givenAlphaZero_thenUniform() {
        assertShares(COUNTS, 0, Set.of(), 0.2, 0.2, 0.2, 0.2, 0.2);
    }

    @Test
    void givenAlphaHalf_thenBySquareRoot() {
        assertShares(new long[] {0, 3, 8}, 0.5, Set.of(), 1 / 6.0, 2 / 6.0, 3 / 6.0);
    }

    @Test
    void theUsersItemsAreNeverDrawn_theOthersKeepTheirProportions() {
        // 13 of the weight of 31 is left: drawn by rejection
        assertShares(COUNTS, 1.0, Set.of(4, 1), 1 / 13.0, 0, 4 / 13.0, 8 / 13.0, 0);
    }

    @Test
    void givenAUserWhoTouchedThePopularItems_thenTheRestAreDrawnExactlyInProportion() {
        // 7 of the weight of 31 is left, too little to redraw until a hit: drawn from what is left
        assertShares(COUNTS, 1.0, Set.of(4, 3), 1 / 7.0, 2 / 7.0, 4 / 7.0, 0, 0);
    }

    @Test
    void drawsDistinctItemsOutsideTheUsersAscending() {
        PopularNegatives popular = PopularNegatives.of(new long[] {5, 0, 2, 9, 9, 1, 0, 30, 4, 4}, 0.75);
        SplittableRandom random = new SplittableRandom(3);
        Set<Integer> touched = Set.of(7, 3, 0);

        for (int n = 0; n < 2_000; n++) {
            int[] drawn = popular.draw(random, touched, 4);

            assertThat(drawn).hasSize(4).doesNotHaveDuplicates().isSorted().doesNotContain(7, 3, 0);
        }
    }

    @Test
    void givenFewerUnseenItemsThanAsked_thenAllOfThem() {
        int[] drawn = PopularNegatives.of(COUNTS, 0.75).draw(new SplittableRandom(1), Set.of(0, 2, 4), 4);

        assertThat(drawn).containsExactly(1, 3);
    }

    @Test
    void theSameRandomStateGivesTheSameDraw_anotherStateAnother() {
        PopularNegatives popular = PopularNegatives.of(new long[] {5, 0, 2, 9, 9, 1, 0, 30, 4, 4, 2, 2, 6, 0}, 0.75);

        for (Set<Integer> touched : java.util.List.of(Set.of(7), Set.of(7, 3, 4, 12, 0))) {
            int[] first = popular.draw(new SplittableRandom(11), touched, 3);

            assertThat(popular.draw(new SplittableRandom(11), touched, 3)).containsExactly(first);
            assertThat(java.util.stream.IntStream.range(12, 20)
                    .mapToObj(seed -> Arrays.toString(popular.draw(new SplittableRandom(seed), touched, 3))))
                    .as("other seeds draw other items").anyMatch(d -> !d.equals(Arrays.toString(first)));
        }
    }

    @Test
    void rejectsAnAlphaOutsideZeroToOneAndNegativeCounts() {
        assertThatThrownBy(() -> PopularNegatives.of(COUNTS, -0.1)).hasMessageContaining("negative-alpha");
        assertThatThrownBy(() -> PopularNegatives.of(COUNTS, 1.5)).hasMessageContaining("negative-alpha");
        assertThatThrownBy(() -> PopularNegatives.of(COUNTS, Double.NaN)).hasMessageContaining("negative-alpha");
        assertThatThrownBy(() -> PopularNegatives.of(new long[] {1, -1}, 0.5)).hasMessageContaining("item 1");
    }

    // The share of single draws that fell on each item, each within 0.01 (about 4 standard errors) of expected.
    private static void assertShares(long[] counts, double alpha, Set<Integer> touched, double... expected) {
        PopularNegatives popular = PopularNegatives.of(counts, alpha);
        SplittableRandom random = new SplittableRandom(42);
        double[] share = new double[popular.nItems()];
        for (int n = 0; n < DRAWS; n++) {
            share[popular.draw(random, touched, 1)[0]] += 1.0 / DRAWS;
        }
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] == 0) {
                assertThat(share[i]).as("item " + i + ", the user's").isZero();
            } else {
                assertThat(share[i]).as("item " + i).isCloseTo(expected[i], offset(0.01));
            }
        }
    }
}
