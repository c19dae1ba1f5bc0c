package io.ctxrec.training.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContextFeaturesTest {

    private static Event event(String timeOfDay, String device, Map<String, String> extra) {
        Map<String, String> f = new HashMap<>(Map.of("time_of_day", timeOfDay, "season", "winter",
                "device_type", device, "category", "drama"));
        f.putAll(extra);
        return new Event("u", "i", "view", false, Instant.EPOCH, 0, f);
    }

    @Test
    void keepsTheStandardFeaturesThatVaryThenExtraFeaturesByName() {
        List<Event> train = List.of(event("morning", "unknown", Map.of("location", "home", "companion", "alone")),
                event("night", "unknown", Map.of("location", "cinema", "companion", "family")));

        ContextFeatures f = ContextFeatures.choose(train);

        assertThat(f.kept()).containsExactly("time_of_day", "companion", "location");
        assertThat(f.dropped()).containsExactly("season", "device_type", "category");
    }

    @Test
    void anExtraFeatureMissingFromSomeEventsVaries() {
        List<Event> train = List.of(event("morning", "mobile", Map.of("companion", "alone")),
                event("morning", "mobile", Map.of()));

        assertThat(ContextFeatures.choose(train).kept()).containsExactly("companion");
    }

    @Test
    void anExtraFeatureWithOneValueIsDropped() {
        List<Event> train = List.of(event("morning", "mobile", Map.of("companion", "alone")),
                event("night", "mobile", Map.of("companion", "alone")));

        assertThat(ContextFeatures.choose(train).dropped()).contains("companion");
    }
}
