package io.ctxrec.training.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.adapters.jdbc.MutableClock;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VersionIdsTest {

    @Test
    void anIdIsTheUtcStartToTheMillisecondAndFourHexDigits() {
        VersionIds ids = new VersionIds(Clock.fixed(Instant.parse("2026-12-06T19:29:10.123456Z"), ZoneOffset.UTC),
                new Random(1));

        assertThat(ids.get()).matches("v20261206-192910-123-[0-9a-f]{4}");
    }

    @Test
    void idsIssuedInTheSameMillisecondSortInTheOrderTheyWereIssued() {
        VersionIds ids = new VersionIds(Clock.fixed(Instant.parse("2026-12-06T19:29:10Z"), ZoneOffset.UTC),
                new Random(7));
        List<String> issued = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            issued.add(ids.get());
        }

        assertThat(issued).isSorted().doesNotHaveDuplicates();
        assertThat(issued.get(1)).startsWith("v20261206-192910-001-");
    }

    @Test
    void aClockSetBackStillGivesALaterId() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-06T19:29:10Z"));
        VersionIds ids = new VersionIds(clock, new Random(3));
        String first = ids.get();
        clock.set(Instant.parse("2026-12-06T19:00:00Z"));

        assertThat(ids.get()).isGreaterThan(first).startsWith("v20261206-192910-001-");
    }
}
