package io.ctxrec.domain.model;

import static io.ctxrec.domain.testdata.InteractionBuilder.anInteraction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ContextTest {

    @Test
    void derivesTimeOfDaySeasonDeviceAndCategoryFromOneMoment() {
        Context c = Context.of(Instant.parse("2026-07-14T21:30:00Z"), ZoneOffset.UTC, DeviceType.MOBILE, "outdoor");

        assertThat(c.features()).containsExactly(
                java.util.Map.entry("time_of_day", "evening"),
                java.util.Map.entry("season", "summer"),
                java.util.Map.entry("device_type", "mobile"),
                java.util.Map.entry("category", "outdoor"));
    }

    @Test
    void readsTheMomentInTheConfiguredZone() {
        // 23:30 UTC on 28 Feb is 00:30 on 1 March in Berlin (UTC+1): night, and spring instead of winter.
        Instant at = Instant.parse("2026-02-28T23:30:00Z");

        Context utc = Context.of(at, ZoneOffset.UTC, DeviceType.DESKTOP, "books");
        Context berlin = Context.of(at, ZoneId.of("Europe/Berlin"), DeviceType.DESKTOP, "books");

        assertThat(utc.season()).isEqualTo(Season.WINTER);
        assertThat(berlin.season()).isEqualTo(Season.SPRING);
        assertThat(berlin.timeOfDay()).isEqualTo(TimeOfDay.NIGHT);
    }

    @Test
    void timeOfDayBoundaries() {
        assertThat(TimeOfDay.ofHour(4)).isEqualTo(TimeOfDay.NIGHT);
        assertThat(TimeOfDay.ofHour(5)).isEqualTo(TimeOfDay.MORNING);
        assertThat(TimeOfDay.ofHour(11)).isEqualTo(TimeOfDay.MORNING);
        assertThat(TimeOfDay.ofHour(12)).isEqualTo(TimeOfDay.AFTERNOON);
        assertThat(TimeOfDay.ofHour(17)).isEqualTo(TimeOfDay.EVENING);
        assertThat(TimeOfDay.ofHour(22)).isEqualTo(TimeOfDay.NIGHT);
        assertThatThrownBy(() -> TimeOfDay.ofHour(24)).hasMessageContaining("hour");
    }

    @Test
    void seasonsAreMeteorological() {
        assertThat(Season.ofMonth(12)).isEqualTo(Season.WINTER);
        assertThat(Season.ofMonth(3)).isEqualTo(Season.SPRING);
        assertThat(Season.ofMonth(8)).isEqualTo(Season.SUMMER);
        assertThat(Season.ofMonth(11)).isEqualTo(Season.AUTUMN);
    }

    @Test
    void extraFeaturesOfAnInteractionFollowTheStandardOnesSortedByName() {
        Interaction i = anInteraction().at("2026-01-10T09:00:00Z").from(DeviceType.UNKNOWN)
                .with("location", "home").with("companion", "family").view();

        Context c = Context.of(i, ZoneOffset.UTC, "movie");

        assertThat(c.features().keySet())
                .containsExactly("time_of_day", "season", "device_type", "category", "companion", "location");
        assertThat(c.features().get("device_type")).isEqualTo("unknown");
    }

    @Test
    void deviceTypeComesFromTheUserAgentWhenNotGiven() {
        assertThat(DeviceType.fromUserAgent("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148"))
                .isEqualTo(DeviceType.MOBILE);
        assertThat(DeviceType.fromUserAgent("Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X)")).isEqualTo(DeviceType.TABLET);
        assertThat(DeviceType.fromUserAgent("Mozilla/5.0 (Linux; Android 14; SM-X710)")).isEqualTo(DeviceType.TABLET);
        assertThat(DeviceType.fromUserAgent("Mozilla/5.0 (Linux; Android 14; Pixel 8) Mobile Safari"))
                .isEqualTo(DeviceType.MOBILE);
        assertThat(DeviceType.fromUserAgent("Mozilla/5.0 (X11; Linux x86_64)")).isEqualTo(DeviceType.DESKTOP);
        assertThat(DeviceType.fromUserAgent(null)).isEqualTo(DeviceType.DESKTOP);
    }
}
