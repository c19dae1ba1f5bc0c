package io.ctxrec.domain.model;

import static io.ctxrec.domain.testdata.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecordValidationTest {

    @Test
    void actionsParseInAnyCaseAndOnlyCartAndPurchaseArePositive() {
        assertThat(Action.parse(" Purchase ")).isEqualTo(Action.PURCHASE);
        assertThat(Action.VIEW.isPositive()).isFalse();
        assertThat(Action.CART.isPositive()).isTrue();
        assertThat(Action.PURCHASE.isPositive()).isTrue();
        assertThatThrownBy(() -> Action.parse("like")).hasMessageContaining("'like'");
    }

    @Test
    void idsAreTrimmedAndMustBePresentAndShort() {
        assertThat(new User("  u1 ", null)).isEqualTo(new User("u1", "u1"));
        assertThatThrownBy(() -> new User(" ", "x")).hasMessage("userId is required");
        assertThatThrownBy(() -> new User("x".repeat(65), "x")).hasMessageContaining("longer than 64");
    }

    @Test
    void productRejectsImpossibleValues() {
        assertThatThrownBy(() -> aProduct("p1").discounted(1.0).build()).hasMessageContaining("discount");
        assertThatThrownBy(() -> aProduct("p1").priced("-1").build()).hasMessageContaining("price");
        assertThatThrownBy(() -> aProduct("p1").rated(6, 3).build()).hasMessageContaining("ratingAvg");
        assertThat(aProduct("p1").build().isActive()).isTrue();
        assertThat(aProduct("p1").inactive().build().isActive()).isFalse();
    }

    @Test
    void ratingsAreOneToFiveStarsAndFourIsPositive() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(new Rating("u", "p", 4, null, now).isPositive()).isTrue();
        assertThat(new Rating("u", "p", 3, " ok ", now).comment()).isEqualTo("ok");
        assertThatThrownBy(() -> new Rating("u", "p", 0, "", now)).hasMessageContaining("stars must be 1..5");
        assertThatThrownBy(() -> new Rating("u", "p", 6, "", now)).hasMessageContaining("stars must be 1..5");
    }

    @Test
    void interactionWithoutDeviceIsUnknownDevice() {
        Interaction i = new Interaction("u", "p", Action.VIEW, null, Instant.EPOCH);
        assertThat(i.deviceType()).isEqualTo(DeviceType.UNKNOWN);
        assertThatThrownBy(() -> new Interaction("u", "p", Action.VIEW, null, null)).hasMessageContaining("timestamp");
    }
}
