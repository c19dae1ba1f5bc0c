package io.ctxrec.training.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class GeneratorSettingsTest {
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void presetsHaveTheAdvertisedSizes() {
        assertThat(GeneratorSettings.small()).extracting("users", "products", "interactions")
                .containsExactly(300, 200, 20_000);
        assertThat(GeneratorSettings.large()).extracting("users", "products", "interactions")
                .containsExactly(50_000, 10_000, 2_000_000);
    }

    @Test
    void rejectsFewerBrandsThanCategoriesNamingBoth() {
        assertThatThrownBy(() -> new GeneratorSettings(10, 10, 10, 10, 9, 1, 1, 1, START, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("brands must be at least categories (10)").hasMessageContaining("was 9");
    }

    @Test
    void rejectsNoUsersNamingTheField() {
        assertThatThrownBy(() -> GeneratorSettings.small().withSize(0, 10, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("users must be at least 1, was 0");
    }

    @Test
    void rejectsANaNOrNegativeOrHugeStrength() {
        assertThatThrownBy(() -> GeneratorSettings.small().withStrengths(Double.NaN, 1))
                .hasMessageContaining("tasteStrength must be in [0, 20.0], was NaN");
        assertThatThrownBy(() -> GeneratorSettings.small().withStrengths(1, -0.5))
                .hasMessageContaining("contextStrength");
        assertThatThrownBy(() -> GeneratorSettings.small().withStrengths(21, 1))
                .hasMessageContaining("tasteStrength");
    }
}
