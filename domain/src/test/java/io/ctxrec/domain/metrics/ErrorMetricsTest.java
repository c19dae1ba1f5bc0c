package io.ctxrec.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ErrorMetricsTest {
    // predictions 1 2 3 vs labels 1 3 5: differences 0, 1, 2
    private final double[] predictions = {1, 2, 3};
    private final double[] labels = {1, 3, 5};

    @Test
    void rmseIsRootOfMeanSquaredDifference() {
        // sqrt((0 + 1 + 4) / 3) = sqrt(5/3) = 1.2909944
        assertThat(ErrorMetrics.rmse(predictions, labels).getAsDouble()).isCloseTo(1.2909944, within(1e-7));
    }

    @Test
    void maeIsMeanAbsoluteDifference() {
        // (0 + 1 + 2) / 3 = 1
        assertThat(ErrorMetrics.mae(predictions, labels).getAsDouble()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void givenEmptyArrays_thenEmptyResult() {
        assertThat(ErrorMetrics.rmse(new double[0], new double[0])).isEmpty();
        assertThat(ErrorMetrics.mae(new double[0], new double[0])).isEmpty();
    }

    @Test
    void givenMismatchedLengthsOrNaN_thenIllegalArgument() {
        assertThatThrownBy(() -> ErrorMetrics.rmse(new double[] {1}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ErrorMetrics.mae(new double[] {Double.NaN}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("predictions[0]");
    }
}
