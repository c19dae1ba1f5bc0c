package io.ctxrec.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ctxrec.domain.encoding.ContextEncoder;
import io.ctxrec.domain.encoding.EncoderSet;
import io.ctxrec.domain.encoding.IdEncoder;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

abstract class EncoderStoreContract extends DatabaseContract {

    /** Index order deliberately not sorted, so a load that sorted by value instead of idx would show. */
    private static final EncoderSet FIRST = new EncoderSet(
            IdEncoder.ofIndexOrder(List.of("u9", "u1", "U5")),
            IdEncoder.ofIndexOrder(List.of("p2", "p10", "p1", "p3")),
            List.of(ContextEncoder.ofIndexOrder("time_of_day", List.of(ContextEncoder.UNKNOWN, "night", "morning")),
                    ContextEncoder.fit("device_type", List.of("mobile", "desktop", "tablet")),
                    ContextEncoder.fit("companion", List.of("Alone", "family"))));

    private static final EncoderSet SECOND = new EncoderSet(
            IdEncoder.fit(List.of("u1")), IdEncoder.fit(List.of("p1", "p2")),
            List.of(ContextEncoder.fit("season", List.of("winter"))));

    @Test
    void loadGivesBackTheSavedEncodersIndexForIndex() {
        adapters.encoderStore().save("v1", FIRST);

        EncoderSet loaded = adapters.encoderStore().load("v1").orElseThrow();

        assertThat(loaded).isEqualTo(FIRST);
        assertThat(loaded.users().indexOf("U5")).hasValue(2);
        assertThat(loaded.featureNames()).containsExactly("time_of_day", "device_type", "companion");
        assertThat(loaded.contexts().get(0).indexOf("morning")).isEqualTo(2);
    }

    @Test
    void anUnsavedVersionHasNoEncoders() {
        adapters.encoderStore().save("v1", FIRST);

        assertThat(adapters.encoderStore().load("v2")).isEmpty();
    }

    @Test
    void savingAVersionAgainReplacesAllItsRowsAndLeavesOtherVersionsAlone() throws SQLException {
        adapters.encoderStore().save("v1", FIRST);
        adapters.encoderStore().save("v2", FIRST);

        adapters.encoderStore().save("v1", SECOND);

        assertThat(adapters.encoderStore().load("v1")).contains(SECOND);
        assertThat(adapters.encoderStore().load("v2")).contains(FIRST);
        // v2: 3 users, 4 items, 3 + 4 + 3 context values, 3 features; v1 now 1, 2, 2, 1.
        assertThat(rows("rec_user_encoder")).isEqualTo(3 + 1);
        assertThat(rows("rec_item_encoder")).isEqualTo(4 + 2);
        assertThat(rows("rec_context_mapping")).isEqualTo(10 + 2);
        assertThat(rows("rec_context_meta")).isEqualTo(3 + 1);
    }

    /** The bad item id fails after the old rows are deleted and the users inserted: only a rollback restores them. */
    @Test
    void aSaveThatFailsMidwayLeavesThePreviousEncodersInPlace() {
        adapters.encoderStore().save("v1", FIRST);
        EncoderSet broken = new EncoderSet(IdEncoder.fit(List.of("u1", "u2")),
                IdEncoder.fit(List.of("p1", "p".repeat(65))), List.of());

        assertThatThrownBy(() -> adapters.encoderStore().save("v1", broken))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("item id is longer than 64");

        assertThat(adapters.encoderStore().load("v1")).contains(FIRST);
    }

    @Test
    void aSetWithoutContextFeaturesRoundTrips() {
        EncoderSet plain = new EncoderSet(IdEncoder.fit(List.of("u1", "u2")), IdEncoder.fit(List.of("p1")), List.of());
        adapters.encoderStore().save("v1", plain);

        assertThat(adapters.encoderStore().load("v1")).contains(plain);
    }
}
