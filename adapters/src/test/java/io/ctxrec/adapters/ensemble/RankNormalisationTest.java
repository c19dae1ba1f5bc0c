package io.ctxrec.adapters.ensemble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RankNormalisationTest {

    @Test
    void lowestScoreIsZeroHighestIsOneInEvenSteps() {
        assertThat(RankNormalisation.of(new float[] {0.9f, 0.1f, 0.5f})).containsExactly(1f, 0f, 0.5f);
    }

    @Test
    void equalScoresShareTheMeanOfTheirRanks() {
        // ranks 0, 1 and 2 (of 0..4) are tied: each gets 1 / 4; 0.7 is rank 3, 0.9 rank 4
        assertThat(RankNormalisation.of(new float[] {0.2f, 0.9f, 0.2f, 0.7f, 0.2f}))
                .containsExactly(0.25f, 1f, 0.25f, 0.75f, 0.25f);
    }

    @Test
    void scalesDoNotMatterOnlyTheOrder() {
        assertThat(RankNormalisation.of(new float[] {-40f, 3e6f, 0f, Float.NEGATIVE_INFINITY}))
                .containsExactly(1 / 3f, 1f, 2 / 3f, 0f);
    }

    @Test
    void aNaNRanksBelowEveryNumberAndMinusZeroEqualsZero() {
        assertThat(RankNormalisation.of(new float[] {-0f, Float.NaN, 0f, -1f})).containsExactly(5 / 6f, 0f, 5 / 6f,
                1 / 3f);
    }

    @Test
    void ranksAsCountingTheScoresBelowAndHalfTheOthersEqual() {
        java.util.Random random = new java.util.Random(7);
        float[] scores = new float[5_000];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = random.nextInt(4) == 0 ? random.nextInt(20) - 10 : (float) random.nextGaussian() * 1e4f;
        }
        float[] sorted = scores.clone();
        java.util.Arrays.sort(sorted);

        float[] ranks = RankNormalisation.of(scores);

        for (int i = 0; i < scores.length; i += 37) {
            int below = lowerBound(sorted, scores[i]);
            int equal = lowerBound(sorted, Math.nextUp(scores[i])) - below;
            assertThat(ranks[i]).isCloseTo((float) ((below + (equal - 1) / 2.0) / (scores.length - 1)),
                    org.assertj.core.data.Offset.offset(1e-6f));
        }
    }

    @Test
    void aThreadRankingLongThenShortListsRanksEachAsAlone_andThreadsDoNotShareTheirArrays() throws Exception {
        float[] longList = randomScores(3_000, 11);
        float[] shortList = {0.4f, 0.1f, 0.4f};
        float[] longAlone = RankNormalisation.of(longList.clone());

        assertThat(RankNormalisation.of(shortList)).containsExactly(0.75f, 0f, 0.75f);
        assertThat(RankNormalisation.of(longList)).containsExactly(longAlone);
        assertThat(RankNormalisation.of(shortList)).as("after a longer list on the same thread")
                .containsExactly(0.75f, 0f, 0.75f);

        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<Boolean>> same = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                float[] scores = randomScores(500 + 700 * t, t);
                float[] expected = RankNormalisation.of(scores);
                same.add(pool.submit(() -> {
                    boolean all = true;
                    for (int round = 0; round < 200; round++) {
                        all &= java.util.Arrays.equals(RankNormalisation.of(scores), expected);
                    }
                    return all;
                }));
            }
            for (java.util.concurrent.Future<Boolean> f : same) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static float[] randomScores(int n, long seed) {
        java.util.Random random = new java.util.Random(seed);
        float[] scores = new float[n];
        for (int i = 0; i < n; i++) {
            scores[i] = random.nextInt(5) == 0 ? random.nextInt(10) : (float) random.nextGaussian();
        }
        return scores;
    }

    private static int lowerBound(float[] sorted, float value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Test
    void oneItemAloneIsOneAndNoItemsAreNoRanks() {
        assertThat(RankNormalisation.of(new float[] {0.3f})).containsExactly(1f);
        assertThat(RankNormalisation.of(new float[0])).isEmpty();
    }
}
