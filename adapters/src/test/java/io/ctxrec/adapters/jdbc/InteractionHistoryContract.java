package io.ctxrec.adapters.jdbc;

import static io.ctxrec.domain.testdata.InteractionBuilder.anInteraction;
import static io.ctxrec.domain.testdata.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ctxrec.domain.model.Action;
import io.ctxrec.domain.model.DeviceType;
import io.ctxrec.domain.model.Interaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

abstract class InteractionHistoryContract extends DatabaseContract {

    @BeforeEach
    void givenShop() {
        givenUsers("u1", "u2");
        givenProducts(aProduct("p1").build(), aProduct("p2").build());
    }

    @Test
    void forUserListsOnlyThatUsersInteractionsOldestFirstWithDeviceAndExtraContext() {
        Interaction late = anInteraction().by("u1").on("p2").at("2026-01-07T08:00:00Z").from(DeviceType.TABLET)
                .with("companion", "family").with("location", "home").purchase();
        Interaction early = anInteraction().by("u1").on("p1").at("2026-01-05T08:00:00Z").from(DeviceType.MOBILE).view();
        Interaction other = anInteraction().by("u2").on("p1").at("2026-01-06T08:00:00Z").cart();
        adapters.interactionHistory().record(late);
        adapters.interactionHistory().record(early);
        adapters.interactionHistory().record(other);

        assertThat(adapters.interactionHistory().forUser("u1")).containsExactly(early, late);
        assertThat(adapters.interactionHistory().forUser("u3")).isEmpty();
        assertThat(adapters.interactionHistory().count()).isEqualTo(3);
    }

    @Test
    void latestAtIsTheNewestInteractionOfTheUser() {
        adapters.interactionHistory().record(anInteraction().by("u1").at("2026-01-05T08:00:00.250Z").view());
        adapters.interactionHistory().record(anInteraction().by("u1").at("2026-01-09T23:59:59.999Z").cart());
        adapters.interactionHistory().record(anInteraction().by("u1").at("2026-01-06T08:00:00Z").view());
        adapters.interactionHistory().record(anInteraction().by("u2").at("2026-02-01T00:00:00Z").view());

        assertThat(adapters.interactionHistory().latestAt("u1")).contains(Instant.parse("2026-01-09T23:59:59.999Z"));
        assertThat(adapters.interactionHistory().latestAt("nobody")).isEmpty();
    }

    @Test
    void recordingForAnUnknownProductFailsClearlyAndStoresNothing() {
        Interaction stray = anInteraction().by("u1").on("p9").view();

        assertThatThrownBy(() -> adapters.interactionHistory().record(stray))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interaction of u1 on p9");
        assertThat(adapters.interactionHistory().count()).isZero();
    }

    /** More rows than one page, many sharing a millisecond, so the keyset paging is exercised at its seams. */
    @Test
    void forEachStreamsEveryInteractionByTimeThenInsertionAcrossPages() {
        int n = 2 * JdbcInteractionHistory.PAGE + 7;
        List<Interaction> stored = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // i * 7919 mod 1000 scatters the order; every time is shared by about n / 1000 rows.
            Instant at = Instant.parse("2026-01-01T00:00:00Z").plusMillis((i * 7919L) % 1000);
            stored.add(new Interaction(i % 2 == 0 ? "u1" : "u2", i % 3 == 0 ? "p1" : "p2", Action.values()[i % 3],
                    DeviceType.values()[i % 4], at));
        }
        givenInteractions(stored);
        List<Interaction> expected = new ArrayList<>(stored);
        expected.sort(Comparator.comparing(Interaction::at)); // stable: ties keep insertion order

        List<Interaction> streamed = new ArrayList<>();
        adapters.interactionHistory().forEach(streamed::add);

        assertThat(streamed).hasSize(n).isEqualTo(expected);
    }

    @Test
    void forEachOnAnEmptyHistoryCallsNothing() {
        List<Interaction> streamed = new ArrayList<>();
        adapters.interactionHistory().forEach(streamed::add);

        assertThat(streamed).isEmpty();
    }
}
