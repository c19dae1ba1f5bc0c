package io.ctxrec.routes.recommend;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Database reads remembered per key: a value younger than {@code recheck} answers without reading; an
 * older one is read again, and when that read fails because the database is down ({@link DatabaseOutage}),
 * the value held answers instead (stale-if-error) and {@link DatabaseWatch} is told. At most
 * {@code maximumSize} keys are held, the least used dropped first.
 */
final class Remembered<V> {
    private record Held<V>(V value, Instant readAt) {
    }

    private final Cache<String, Held<V>> held;
    private final Duration recheck;
    private final Clock clock;
    private final DatabaseWatch watch;

    Remembered(Duration recheck, long maximumSize, Clock clock, DatabaseWatch watch) {
        this.held = Caffeine.newBuilder().maximumSize(maximumSize).executor(Runnable::run).build();
        this.recheck = recheck;
        this.clock = clock;
        this.watch = watch;
    }

    V get(String key, Function<String, V> read) {
        Held<V> known = held.getIfPresent(key);
        if (known != null && fresh(known)) {
            return known.value();
        }
        try {
            V value = read.apply(key);
            watch.reached();
            put(key, value);
            return value;
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            watch.unreachable();
            if (known == null) {
                throw e;
            }
            return known.value();
        }
    }

    /** The values of {@code keys}, those not held fresh read in one call of {@code read}. */
    Map<String, V> getAll(Collection<String> keys, Function<Collection<String>, Map<String, V>> read) {
        Map<String, V> out = new HashMap<>();
        Map<String, Held<V>> stale = new HashMap<>();
        for (String key : keys) {
            Held<V> known = held.getIfPresent(key);
            if (known != null && fresh(known)) {
                out.put(key, known.value());
            } else {
                stale.put(key, known);
            }
        }
        if (stale.isEmpty()) {
            return out;
        }
        try {
            Map<String, V> reread = read.apply(stale.keySet());
            watch.reached();
            reread.forEach(this::put);
            out.putAll(reread);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            watch.unreachable();
            if (stale.containsValue(null)) {
                throw e;
            }
            stale.forEach((key, known) -> out.put(key, known.value()));
        }
        return out;
    }

    void put(String key, V value) {
        held.put(key, new Held<>(value, clock.instant()));
    }

    void invalidate(String key) {
        held.invalidate(key);
    }

    private boolean fresh(Held<V> known) {
        return clock.instant().isBefore(known.readAt().plus(recheck));
    }
}
