package io.ctxrec.domain.fallback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WeightProfileTest {

    @Test
    void parsesTheFiveWeightsInTheRecordsOrder() {
        assertThat(WeightProfile.parse("0.45, 0.15,0.15,0.15,0.10"))
                .isEqualTo(new WeightProfile(0.45, 0.15, 0.15, 0.15, 0.10));
        assertThat(WeightProfile.parse("0,0,0,1,0").discount()).isEqualTo(1.0);
    }

    @Test
    void givenNotFiveNumbers_thenIllegalArgumentSayingWhatIsNeeded() {
        assertThatThrownBy(() -> WeightProfile.parse("0.5,0.5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("five weights");
        assertThatThrownBy(() -> WeightProfile.parse("0.45,0.15,0.15,0.15,")).hasMessageContaining("numbers");
        assertThatThrownBy(() -> WeightProfile.parse("0.5,0.5,0,0,0.1")).hasMessageContaining("sum to 1");
    }

    @Test
    void givenNegativeWeightOrWrongSum_thenIllegalArgument() {
        assertThatThrownBy(() -> new WeightProfile(0.55, -0.05, 0.2, 0.2, 0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ratingCount");
        assertThatThrownBy(() -> new WeightProfile(0.4, 0.15, 0.15, 0.15, 0.10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum to 1");
    }
}
