package io.ctxrec.training.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EpochSamplerTest {
    private static final int N_ITEMS = 50;
    // three positives (user 0 twice, user 1 once), contexts of width 2; one observed negative
    private final TrainingRows positives = new TrainingRows(new int[] {0, 0, 1}, new int[] {3, 7, 2},
            new int[] {1, 2, 3, 4, 5, 6}, 2);
    private final TrainingRows observed = new TrainingRows(new int[] {1}, new int[] {9}, new int[] {2, 2}, 2);
    private final Map<Integer, Set<Integer>> trainItems = Map.of(0, Set.of(3, 7, 11), 1, Set.of(2, 9));

    private EpochSampler sampler(int ratio, long seed) {
        return new EpochSampler(positives, observed, trainItems, N_ITEMS, ratio, seed);
    }

    @Test
    void anEpochHoldsEveryPositiveEveryObservedNegativeAndRatioSampledNegativesPerPositive() {
        EpochExamples e = sampler(4, 1).inDrawOrder(0);

        assertThat(e.size()).isEqualTo(3 + 1 + 3 * 4);
        assertThat(Arrays.copyOfRange(e.items(), 0, 4)).containsExactly(3, 7, 2, 9);
        assertThat(Arrays.copyOfRange(e.labels(), 0, 4)).containsExactly(1f, 1f, 1f, 0f);
        assertThat(Arrays.copyOfRange(e.labels(), 4, e.size())).containsOnly(0f);
    }

    @Test
    void eachSampledNegativeHasTheUserAndContextOfItsPositive() {
        EpochExamples e = sampler(4, 1).inDrawOrder(0);

        for (int p = 0; p < 3; p++) {
            for (int k = 0; k < 4; k++) {
                int row = 4 + p * 4 + k;
                assertThat(e.users()[row]).isEqualTo(positives.users()[p]);
                assertThat(e.context(row)).containsExactly(positives.context(p));
            }
        }
    }

    @Test
    void givenAnItemContext_thenEveryExampleTakesItsOwnItemsValueThere() {
        ItemContext category = new ItemContext("category", 1, IntStream.range(0, N_ITEMS).map(i -> 100 + i).toArray());
        EpochExamples e = new EpochSampler(positives, observed, trainItems, N_ITEMS, 4, 1, category).inDrawOrder(0);

        int[] requestPart = {1, 3, 5, 2};
        for (int row = 0; row < e.size(); row++) {
            int source = row < 3 ? row : row == 3 ? 3 : (row - 4) / 4;
            assertThat(e.context(row)).as("row " + row).containsExactly(requestPart[source], 100 + e.items()[row]);
        }
    }

    @Test
    void neverSamplesAnItemTheUserTouchedInTraining() {
        EpochSampler sampler = sampler(4, 1);
        for (int epoch = 0; epoch < 50; epoch++) {
            EpochExamples e = sampler.inDrawOrder(epoch);
            for (int row = 4; row < e.size(); row++) {
                assertThat(trainItems.get(e.users()[row])).doesNotContain(e.items()[row]);
                assertThat(e.items()[row]).isBetween(0, N_ITEMS - 1);
            }
        }
    }

    @Test
    void sameSeedAndEpochGiveTheSameExamples_anotherEpochOtherNegatives() {
        EpochExamples first = sampler(4, 7).examples(3);
        EpochExamples again = sampler(4, 7).examples(3);

        assertThat(again.items()).containsExactly(first.items());
        assertThat(again.users()).containsExactly(first.users());
        assertThat(again.contexts()).containsExactly(first.contexts());
        assertThat(again.labels()).containsExactly(first.labels());
        // 12 draws from 47 or 48 items each: the chance two epochs agree is negligible
        assertThat(sampler(4, 7).inDrawOrder(4).items()).isNotEqualTo(sampler(4, 7).inDrawOrder(3).items());
        assertThat(sampler(4, 8).inDrawOrder(3).items()).isNotEqualTo(sampler(4, 7).inDrawOrder(3).items());
    }

    @Test
    void shufflingKeepsEveryRowWhole() {
        EpochSampler sampler = sampler(4, 7);

        assertThat(rows(sampler.examples(2))).containsExactlyInAnyOrderElementsOf(rows(sampler.inDrawOrder(2)));
    }

    @Test
    void givenRatioZero_thenOnlyPositivesAndObservedNegatives() {
        assertThat(sampler(0, 1).examples(0).size()).isEqualTo(4);
    }

    @Test
    void givenAUserWhoTouchedAlmostEverything_thenOnlyTheRemainingItemsAreSampled() {
        TrainingRows one = new TrainingRows(new int[] {0}, new int[] {0}, new int[0], 0);
        TrainingRows none = new TrainingRows(new int[0], new int[0], new int[0], 0);
        EpochSampler sampler = new EpochSampler(one, none, Map.of(0, Set.of(0, 1, 2)), 5, 4, 1);

        EpochExamples e = sampler.inDrawOrder(0);

        assertThat(Arrays.copyOfRange(e.items(), 1, e.size())).containsExactlyInAnyOrder(3, 4);
    }

    @Test
    void givenPopularNegatives_thenPopularItemsAreDrawnMoreOften_neverTheUsersOwn_theSameForTheSameSeedAndEpoch() {
        long[] counts = new long[N_ITEMS];
        counts[20] = 200; // weight 201 against 1 for each other item
        EpochSampler popular = new EpochSampler(positives, observed, trainItems, N_ITEMS, 4, 7, null,
                PopularNegatives.of(counts, 1.0));
        int drawsOf20 = 0;
        for (int epoch = 0; epoch < 20; epoch++) {
            EpochExamples e = popular.inDrawOrder(epoch);
            assertThat(e.size()).isEqualTo(3 + 1 + 3 * 4);
            for (int row = 4; row < e.size(); row++) {
                assertThat(trainItems.get(e.users()[row])).doesNotContain(e.items()[row]);
                drawsOf20 += e.items()[row] == 20 ? 1 : 0;
            }
        }

        assertThat(drawsOf20).as("item 20 in each of 60 positives' negatives, nearly always").isGreaterThan(55);
        assertThat(new EpochSampler(positives, observed, trainItems, N_ITEMS, 4, 7, null, PopularNegatives.of(counts, 1.0))
                .examples(3).items()).containsExactly(popular.examples(3).items());
    }

    @Test
    void givenPopularNegativesOverAnotherCatalog_thenIllegalArgument() {
        assertThatThrownBy(() -> new EpochSampler(positives, observed, trainItems, N_ITEMS, 4, 7, null,
                PopularNegatives.of(new long[N_ITEMS - 1], 0.5))).hasMessageContaining("49 items");
    }

    @Test
    void givenNegativeEpoch_thenIllegalArgument() {
        assertThatThrownBy(() -> sampler(4, 1).examples(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("epoch");
    }

    private static List<String> rows(EpochExamples e) {
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < e.size(); r++) {
            rows.add(e.users()[r] + "/" + e.items()[r] + "/" + Arrays.toString(e.context(r)) + "/" + e.labels()[r]);
        }
        return rows;
    }
}
