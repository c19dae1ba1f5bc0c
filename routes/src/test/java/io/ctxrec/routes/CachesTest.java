package io.ctxrec.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Cache;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CachesTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-10T09:30:00Z"));
    private final List<String> readsWithHeld = new ArrayList<>();
    private int reads;

    private String read(String held) {
        readsWithHeld.add(String.valueOf(held));
        return "reading " + ++reads;
    }

    @Test
    void refreshAheadReadsOnFirstUse_thenAgainWithTheHeldValueOnceTheIntervalHasPassed() {
        Caches.One<String> one = Caches.refreshAhead(Duration.ofSeconds(10), clock, Runnable::run,
                Caches.reading(this::read));
        assertThat(one.held()).isNull();
        assertThat(one.get()).isEqualTo("reading 1");

        clock.now = clock.now.plusSeconds(10).minusNanos(1000);
        assertThat(one.get()).as("not due yet").isEqualTo("reading 1");
        clock.now = clock.now.plusNanos(1000);
        assertThat(one.get()).as("due at exactly the interval").isEqualTo("reading 2");
        assertThat(one.get()).isEqualTo("reading 2");

        assertThat(readsWithHeld).containsExactly("null", "reading 1");
    }

    @Test
    void refreshAheadWithAZeroIntervalReadsAtEveryGet_withoutTheClockMoving() {
        Caches.One<String> one = Caches.refreshAhead(Duration.ZERO, clock, command -> {
            throw new AssertionError("a zero interval reads on the caller's thread");
        }, Caches.reading(this::read));

        assertThat(List.of(one.get(), one.get(), one.get())).containsExactly("reading 1", "reading 2", "reading 3");
        assertThat(one.held()).isEqualTo("reading 3");
    }

    @Test
    void heldNeverReads() {
        Caches.One<String> one = Caches.refreshAhead(Duration.ofSeconds(10), clock, Runnable::run,
                Caches.reading(this::read));
        one.get();
        clock.now = clock.now.plusSeconds(60);

        assertThat(one.held()).isEqualTo("reading 1");
        assertThat(reads).isEqualTo(1);
    }

    @Test
    void expiringForgetsAValueOnceTheRecheckHasPassed_andHoldsAtMostItsSize() {
        Cache<String, String> cache = Caches.expiring(Duration.ofSeconds(10), 2, clock);
        cache.put("a", "1");
        clock.now = clock.now.plusSeconds(5).minusNanos(1000);
        assertThat(cache.getIfPresent("a")).as("held for half the recheck at least").isEqualTo("1");
        clock.now = clock.now.plusSeconds(5).plusNanos(1000);
        assertThat(cache.getIfPresent("a")).isNull();

        cache.put("a", "1");
        cache.put("b", "2");
        cache.put("c", "3");
        cache.cleanUp();
        assertThat(cache.estimatedSize()).isEqualTo(2);
    }

    @Test
    void valuesWrittenTogetherAreDueSpreadOverTheSecondHalfOfTheRecheck_eachKeyAlike() {
        Cache<String, String> cache = Caches.expiring(Duration.ofSeconds(10), 10_000, clock);
        Instant written = clock.now;
        for (int u = 0; u < 1000; u++) {
            cache.put(String.format("u%05d", u), "list");
        }
        int[] heldAt = new int[11];
        for (int second = 0; second <= 10; second++) {
            clock.now = written.plusSeconds(second).minusNanos(1000);
            heldAt[second] = (int) cache.asMap().keySet().stream().filter(k -> cache.getIfPresent(k) != null).count();
        }
        assertThat(heldAt[5]).as("all held until half the recheck").isEqualTo(1000);
        assertThat(heldAt[8]).as("some due, some held").isBetween(200, 800);
        clock.now = written.plusSeconds(10);
        assertThat(cache.asMap().keySet().stream().filter(k -> cache.getIfPresent(k) != null)).as("none past it")
                .isEmpty();
        for (int second = 6; second <= 10; second++) {
            assertThat(heldAt[second]).as("fewer held at " + second + " s than a second before")
                    .isLessThan(heldAt[second - 1]);
        }

        clock.now = written;
        cache.put("u00001", "list");
        clock.now = written.plusSeconds(5).minusNanos(1000);
        assertThat(cache.getIfPresent("u00001")).isNotNull();
    }

    @Test
    void expiringWithAZeroRecheckHoldsNothing() {
        Cache<String, String> cache = Caches.expiring(Duration.ZERO, 10, clock);

        cache.put("a", "1");

        assertThat(cache.getIfPresent("a")).isNull();
    }
}
