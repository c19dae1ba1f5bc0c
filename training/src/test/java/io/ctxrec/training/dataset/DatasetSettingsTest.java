package io.ctxrec.training.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DatasetSettingsTest {

    @Test
    void defaultsAreTheSplitProtocolFourNegativesPerPositiveAndNoObservedNegatives() {
        assertThat(DatasetSettings.DEFAULT.protocol()).isEqualTo(SplitProtocol.SPLIT);
        assertThat(DatasetSettings.DEFAULT.negativesPerPositive()).isEqualTo(4);
        assertThat(DatasetSettings.DEFAULT.testFraction()).isEqualTo(0.2);
        assertThat(DatasetSettings.DEFAULT.observedNegatives()).isFalse();
    }

    @Test
    void givenTestFractionOutsideZeroOne_thenIllegalArgumentNamingIt() {
        assertThatThrownBy(() -> new DatasetSettings(SplitProtocol.SPLIT, 1.0, 4, true, ZoneId.of("UTC"), 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("testFraction");
        assertThatThrownBy(() -> new DatasetSettings(SplitProtocol.SPLIT, Double.NaN, 4, true, ZoneId.of("UTC"), 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("testFraction");
    }

    @Test
    void givenNegativeRatio_thenIllegalArgumentNamingIt() {
        assertThatThrownBy(() -> DatasetSettings.DEFAULT.withNegativesPerPositive(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negativesPerPositive");
    }

    @Test
    void parsesProtocolInAnyCase_andNamesABadOne() {
        assertThat(SplitProtocol.parse(" LOO ")).isEqualTo(SplitProtocol.LOO);
        assertThat(SplitProtocol.parse("split")).isEqualTo(SplitProtocol.SPLIT);
        assertThatThrownBy(() -> SplitProtocol.parse("kfold"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'kfold'");
    }
}
