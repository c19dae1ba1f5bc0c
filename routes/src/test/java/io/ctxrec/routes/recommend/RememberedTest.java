package io.ctxrec.routes.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RememberedTest {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final DatabaseWatch watch = new DatabaseWatch(clock);
    private final Remembered<String> remembered = new Remembered<>(Duration.ofSeconds(10), 100, clock, watch);
    private final AtomicInteger reads = new AtomicInteger();
    private boolean down;

    private String read(String key) {
        reads.incrementAndGet();
        if (down) {
            throw new IllegalStateException("wrapped", new SQLTransientConnectionException("database unavailable"));
        }
        return key + "@" + now.getEpochSecond();
    }

    @Test
    void aHeldValueAnswersWithoutReadingUntilItsRecheck() {
        String first = remembered.get("u1", this::read);
        now = now.plusSeconds(9);

        assertThat(remembered.get("u1", this::read)).isEqualTo(first);
        assertThat(reads).hasValue(1);
        now = now.plusSeconds(1);
        assertThat(remembered.get("u1", this::read)).isNotEqualTo(first);
    }

    @Test
    void givenTheDatabaseDown_whenAHeldValueIsDue_thenItAnswersStale_andTheWatchSaysSinceWhen() {
        String first = remembered.get("u1", this::read);
        down = true;
        now = now.plusSeconds(60);

        assertThat(remembered.get("u1", this::read)).isEqualTo(first);
        assertThat(watch.unreachableSince()).contains(now);
        assertThat(remembered.getAll(List.of("u1"), keys -> Map.of("u1", read("u1")))).containsEntry("u1", first);

        down = false;
        assertThat(remembered.get("u1", this::read)).isEqualTo("u1@" + now.getEpochSecond());
        assertThat(watch.unreachableSince()).isEmpty();
    }

    @Test
    void givenTheDatabaseDown_aValueNeverReadFails() {
        down = true;

        assertThatThrownBy(() -> remembered.get("u2", this::read)).hasMessage("wrapped");
        assertThat(watch.unreachableSince()).isPresent();
    }

    @Test
    void anyOtherFailureIsNotHiddenByAHeldValue() {
        remembered.get("u1", this::read);
        now = now.plusSeconds(60);

        assertThatThrownBy(() -> remembered.get("u1", key -> {
            throw new IllegalArgumentException("bad key");
        })).hasMessage("bad key");
        assertThat(watch.unreachableSince()).isEmpty();
    }
}
