package io.ctxrec.routes.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ctxrec.domain.encoding.ContextEncoder;
import io.ctxrec.domain.encoding.EncoderSet;
import io.ctxrec.domain.encoding.IdEncoder;
import io.ctxrec.domain.model.DeviceType;
import io.ctxrec.domain.port.ListContext;
import io.ctxrec.domain.port.LoadedVersion;
import io.ctxrec.routes.scoring.ServingVersion;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The context a list is computed for and stored under ({@link UserLists#contextOf}). */
class ListContextsTest {
    private static final Instant SUMMER_EVENING = Instant.parse("2026-07-01T21:00:00Z");
    private final UserLists lists = new UserLists(null, null, null, null, ZoneOffset.UTC, Clock.systemUTC(),
            value -> new byte[0]);

    private static ServingVersion trainedWith(String... features) {
        List<ContextEncoder> contexts = java.util.Arrays.stream(features)
                .map(f -> ContextEncoder.fit(f, List.of("rain", "sun"))).toList();
        return new ServingVersion(new LoadedVersion("v1", Map.of(),
                new EncoderSet(IdEncoder.fit(List.of("u1")), IdEncoder.fit(List.of("p1")), contexts)), Map.of());
    }

    @Test
    void isTheDeviceTimeOfDayAndSeason_withoutCategory() {
        RecommendationQuery q = new RecommendationQuery("u1", 10, DeviceType.TABLET, SUMMER_EVENING);

        assertThat(lists.contextOf(q, trainedWith("time_of_day", "category")).features()).isEqualTo(Map.of(
                "device_type", "tablet", "time_of_day", "evening", "season", "summer"));
        assertThat(lists.contextOf(q, null).features()).isEqualTo(Map.of(
                "device_type", "tablet", "time_of_day", "evening", "season", "summer"));
    }

    @Test
    void takesTheExtraFeaturesTheVersionWasTrainedWith_andNoOther() {
        RecommendationQuery q = new RecommendationQuery("u1", 10, DeviceType.MOBILE, SUMMER_EVENING,
                Map.of("weather", "rain", "mood", "happy"));

        ListContext c = lists.contextOf(q, trainedWith("weather"));

        assertThat(c.features()).containsEntry("weather", "rain").doesNotContainKey("mood").hasSize(4);
        assertThat(lists.contextOf(q, null).features()).doesNotContainKeys("weather", "mood");
    }

    @Test
    void aKeyReadsBackAsTheSameContext_whateverTheValuesHold() {
        ListContext c = new ListContext(Map.of("device_type", "mobile", "weather", "rain & wind=50%"));

        assertThat(c.key()).isEqualTo("device_type=mobile&weather=rain+%26+wind%3D50%25");
        assertThat(ListContext.ofKey(c.key())).isEqualTo(c);
    }

    @Test
    void anExtraFeatureMustBeNamedAndValuedAsAParameterCan() {
        assertThatThrownBy(() -> new RecommendationQuery("u1", 10, DeviceType.MOBILE, SUMMER_EVENING,
                Map.of("season", "winter"))).hasMessageContaining("ctx_season");
        assertThatThrownBy(() -> new RecommendationQuery("u1", 10, DeviceType.MOBILE, SUMMER_EVENING,
                Map.of("Weather!", "rain"))).hasMessageContaining("ctx_Weather!");
        assertThatThrownBy(() -> new RecommendationQuery("u1", 10, DeviceType.MOBILE, SUMMER_EVENING,
                Map.of("weather", "r".repeat(33)))).hasMessageContaining("1 to 32 characters");
    }
}
