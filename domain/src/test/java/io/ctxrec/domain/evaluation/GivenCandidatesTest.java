package io.ctxrec.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GivenCandidatesTest {

    // Scores each item by its index: the rank of the held-out item is 1 + the candidates above it.
    private final List<int[]> scored = new ArrayList<>();
    private final Scorer byIndex = (user, items, context) -> {
        scored.add(items.clone());
        float[] s = new float[items.length];
        for (int i = 0; i < items.length; i++) {
            s[i] = items[i];
        }
        return s;
    };

    @Test
    void ranksEachHeldOutItemAgainstExactlyItsGivenCandidates() {
        // User 0: 12 of the 99 candidates score above item 150 (rank 13, a miss); user 1: 3 do (rank 4, a hit).
        int[] user0 = IntStream.concat(IntStream.range(0, 87), IntStream.range(151, 163)).toArray();
        int[] user1 = IntStream.concat(IntStream.range(0, 96), IntStream.range(151, 154)).toArray();
        GivenCandidates candidates = new GivenCandidates(Map.of(0, user0, 1, user1));

        EvaluationReport report = new LeaveOneOutEvaluator(10, candidates).evaluate(
                List.of(new HeldOutInteraction(0, 150, new int[0]), new HeldOutInteraction(1, 150, new int[0])),
                Map.of(0, Set.of(200), 1, Set.of(201)), 300, byIndex);

        assertThat(report.hitRate()).hasValue(0.5);
        assertThat(report.ndcg().getAsDouble()).isCloseTo((1 / (Math.log(5) / Math.log(2))) / 2, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(report.mrr()).hasValue(0.25 / 2);
        assertThat(scored.get(0)).startsWith(150).containsSubsequence(user0).hasSize(100);
        assertThat(scored.get(1)).startsWith(150).containsSubsequence(user1).hasSize(100);
    }

    @Test
    void aUserWithoutAListIsAnError() {
        GivenCandidates candidates = new GivenCandidates(Map.of(0, new int[] {1, 2}));

        assertThatThrownBy(() -> candidates.negatives(1, Set.of(), 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no candidate list for user index 1");
    }
}
