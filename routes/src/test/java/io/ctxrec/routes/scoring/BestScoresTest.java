package io.ctxrec.routes.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.scoring.ScoredItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BestScoresTest {

    @Test
    void keepsWhatSortingAllAndTakingTheFirstKWouldKeep_tiesByIdAndNaNLeftOut() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(300);
            List<String> ids = IntStream.range(0, n).mapToObj(i -> "p" + random.nextInt(1_000_000)).toList();
            float[] scores = new float[n];
            for (int i = 0; i < n; i++) {
                // Few distinct values, so ties are common; now and then a NaN.
                scores[i] = random.nextInt(20) == 0 ? Float.NaN : random.nextInt(8) / 8f;
            }
            int k = 1 + random.nextInt(40);

            assertThat(BestScores.of(ids, scores, k)).as("round %d", round).isEqualTo(bySorting(ids, scores, k));
        }
    }

    @Test
    void fewerScoresThanKGivesThemAllBestFirst() {
        assertThat(BestScores.of(List.of("a", "b", "c"), new float[] {0.2f, 0.9f, 0.2f}, 10))
                .containsExactly(new ScoredItem("b", 0.9f), new ScoredItem("a", 0.2f), new ScoredItem("c", 0.2f));
    }

    @Test
    void noScoresGiveNoItems() {
        assertThat(BestScores.of(List.of(), new float[0], 5)).isEmpty();
    }

    private static List<ScoredItem> bySorting(List<String> ids, float[] scores, int k) {
        List<ScoredItem> all = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            if (!Float.isNaN(scores[i])) {
                all.add(new ScoredItem(ids.get(i), scores[i]));
            }
        }
        all.sort(ScoredItem.BEST_FIRST);
        return all.subList(0, Math.min(k, all.size()));
    }
}
