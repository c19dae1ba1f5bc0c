package io.ctxrec.domain.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class MetricMeanTest {

    @Test
    void averagesPresentValuesAndSkipsEmpties() {
        // (0.5 + 1.0 + 0.0) / 3 = 0.5, one empty skipped
        MetricMean mean = MetricMean.of(List.of(OptionalDouble.of(0.5), OptionalDouble.empty(),
                OptionalDouble.of(1.0), OptionalDouble.of(0.0)));
        assertThat(mean.mean().getAsDouble()).isEqualTo(0.5);
        assertThat(mean.count()).isEqualTo(3);
        assertThat(mean.skipped()).isEqualTo(1);
    }

    @Test
    void givenOnlyEmpties_thenEmptyMean() {
        MetricMean mean = MetricMean.EMPTY.plus(OptionalDouble.empty());
        assertThat(mean.mean()).isEmpty();
        assertThat(mean.count()).isZero();
    }
}
