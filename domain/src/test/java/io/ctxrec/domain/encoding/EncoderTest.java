package io.ctxrec.domain.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class EncoderTest {

    @Test
    void idEncoderGivesContiguousIndexesInSortedOrderWhateverTheInputOrder() {
        IdEncoder a = IdEncoder.fit(List.of("u3", "u1", "u2", "u1"));
        IdEncoder b = IdEncoder.fit(List.of("u2", "u3", "u1"));

        assertThat(a.ids()).containsExactly("u1", "u2", "u3");
        assertThat(a.indexOf("u3")).isEqualTo(OptionalInt.of(2));
        assertThat(a.idAt(1)).isEqualTo("u2");
        assertThat(a).isEqualTo(b);
        assertThat(a.size()).isEqualTo(3);
    }

    @Test
    void unseenIdHasNoIndex() {
        IdEncoder e = IdEncoder.fit(List.of("p1"));
        assertThat(e.indexOf("p9")).isEmpty();
        assertThat(e.indexOf(null)).isEmpty();
    }

    @Test
    void savedOrderIsRestoredExactly() {
        IdEncoder e = IdEncoder.ofIndexOrder(List.of("z", "a"));
        assertThat(e.indexOf("z")).isEqualTo(OptionalInt.of(0));
        assertThatThrownBy(() -> IdEncoder.ofIndexOrder(List.of("a", "a"))).hasMessageContaining("duplicate");
    }

    @Test
    void contextEncoderReservesZeroForUnseenOrMissingValues() {
        ContextEncoder device = ContextEncoder.fit("device_type", List.of("mobile", "desktop", "mobile"));

        assertThat(device.values()).containsExactly(ContextEncoder.UNKNOWN, "desktop", "mobile");
        assertThat(device.indexOf("mobile")).isEqualTo(2);
        assertThat(device.indexOf("tablet")).isEqualTo(ContextEncoder.UNKNOWN_INDEX);
        assertThat(device.indexOf(null)).isZero();
        assertThat(device.size()).isEqualTo(3);
    }

    @Test
    void encoderSetCountsAndEncodesContextInFeaturePositionOrder() {
        EncoderSet set = new EncoderSet(
                IdEncoder.fit(List.of("u1", "u2")),
                IdEncoder.fit(List.of("p1", "p2", "p3")),
                List.of(ContextEncoder.fit("time_of_day", List.of("morning", "night")),
                        ContextEncoder.fit("device_type", List.of("desktop", "mobile", "tablet"))));

        assertThat(set.nUsers()).isEqualTo(2);
        assertThat(set.nItems()).isEqualTo(3);
        // (2 values + unknown) + (3 values + unknown)
        assertThat(set.nContexts()).isEqualTo(7);
        assertThat(set.contextOffsets()).containsExactly(0, 3);
        assertThat(set.positionOf("device_type")).isEqualTo(OptionalInt.of(1));
        assertThat(set.encodeContext(Map.of("time_of_day", "night", "device_type", "tablet", "season", "x")))
                .containsExactly(2, 3);
        assertThat(set.encodeContext(Map.of())).containsExactly(0, 0);
    }

    @Test
    void featuresMustBeDistinct() {
        assertThatThrownBy(() -> new EncoderSet(IdEncoder.fit(List.of()), IdEncoder.fit(List.of()),
                List.of(ContextEncoder.fit("a", List.of()), ContextEncoder.fit("a", List.of()))))
                .hasMessageContaining("distinct");
    }
}
