package io.ctxrec.routes.recommend;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values read from the database by key, kept in memory and read again once older than {@code recheck}
 * (what another process wrote shows within that time); what this process writes replaces them at once.
 * A read that raced with a write never overwrites it: it is kept only if the entry it replaces is still
 * the one it saw.
 */
final class Remembered<V> {
    // Identity, not value, equality: a read replaces exactly the entry it found.
    private static final class Held<V> {
        final V value;
        final Instant at;

        Held(V value, Instant at) {
            this.value = value;
            this.at = at;
        }
    }

    private final ConcurrentHashMap<String, Held<V>> held = new ConcurrentHashMap<>();
    private final Duration recheck;
    private final Clock clock;

    Remembered(Duration recheck, Clock clock) {
        this.recheck = recheck;
        this.clock = clock;
    }

    V get(String key, Function<String, V> read) {
        Instant now = clock.instant();
        Held<V> seen = held.get(key);
        if (seen != null && now.isBefore(seen.at.plus(recheck))) {
            return seen.value;
        }
        V value = read.apply(key);
        Held<V> fresh = new Held<>(value, now);
        if (seen == null) {
            held.putIfAbsent(key, fresh);
        } else {
            held.replace(key, seen, fresh);
        }
        return value;
    }

    /** The value held, if not due a recheck; else null. */
    V fresh(String key) {
        Held<V> seen = held.get(key);
        return seen != null && clock.instant().isBefore(seen.at.plus(recheck)) ? seen.value : null;
    }

    /** What this process has just written, or read itself. */
    void put(String key, V value) {
        held.put(key, new Held<>(value, clock.instant()));
    }

    /** Forgets the value: the next get reads it again, and a read begun before now is not kept. */
    void invalidate(String key) {
        held.put(key, new Held<>(null, Instant.MIN));
    }
}
