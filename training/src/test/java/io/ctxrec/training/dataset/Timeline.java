package io.ctxrec.training.dataset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds one user's events for the splitter tests: each added event is one minute after the last. */
final class Timeline {
    private static final Instant START = Instant.parse("2026-01-05T10:00:00Z");
    private final List<Event> events = new ArrayList<>();

    static Timeline of(String... itemsAndKinds) {
        Timeline t = new Timeline();
        for (String entry : itemsAndKinds) {
            String[] parts = entry.split(":");
            t.add(parts[0], parts[1], START.plusSeconds(60L * t.events.size()));
        }
        return t;
    }

    /** Adds {@code item:kind} (kind view, cart, purchase) at an explicit moment. */
    Timeline add(String item, String kind, Instant at) {
        events.add(new Event("u1", item, kind, !kind.equals("view"), at, events.size(),
                Map.of("time_of_day", "t" + events.size())));
        return this;
    }

    List<Event> events() {
        return events.stream().sorted(Event.TIMELINE).toList();
    }

    static List<String> items(List<Event> events) {
        return events.stream().map(e -> e.item() + ":" + e.kind()).toList();
    }
}
