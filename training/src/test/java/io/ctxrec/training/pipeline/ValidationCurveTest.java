package io.ctxrec.training.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ctxrec.adapters.dl4j.TrainingHistory;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationCurveTest {
    private static final TrainingHistory NONE = new TrainingHistory(List.of());

    @Test
    void keepsItsScoresAndCurveToItself() {
        float[][] scores = {{0.9f, 0.1f}, {0.4f}};
        double[] ndcg = {0.2, 0.3};
        ValidationCurve curve = new ValidationCurve(2, ndcg, NONE, PopularityBlendFit.Choice.NONE, scores);

        scores[0][0] = -1f;
        scores[1] = new float[] {-1f};
        ndcg[1] = -1;
        curve.scores()[0][1] = -1f;
        curve.scores()[1] = null;
        curve.ndcg()[0] = -1;

        assertThat(curve.scores()).isDeepEqualTo(new float[][] {{0.9f, 0.1f}, {0.4f}});
        assertThat(curve.ndcg()).containsExactly(0.2, 0.3);
    }

    @Test
    void givenABestEpochItDidNotTrain_thenIllegalArgument() {
        assertThatThrownBy(() -> new ValidationCurve(3, new double[] {0.1, 0.2}, NONE))
                .hasMessageContaining("best epoch 3");
    }
}
