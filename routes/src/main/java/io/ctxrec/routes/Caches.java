package io.ctxrec.routes;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.cache.Weigher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The Caffeine caches of the request path, on the service's {@link Clock} (tests move time by moving
 * the clock). A value is due once its age reaches the interval, as {@code ctxrec.*-seconds} say.
 */
public final class Caches {
    private Caches() {
    }

    /**
     * Values by key, at most {@code maximumSize} of them, each read again once {@code recheck} old;
     * zero keeps nothing. Maintenance runs on the caller's thread: no pool is involved.
     */
    public static <V> Cache<String, V> expiring(Duration recheck, long maximumSize, Clock clock) {
        return Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(recheck).ticker(ticker(clock))
                .executor(Runnable::run).build();
    }

    /**
     * Values by key, at most {@code maximumWeight} in all as {@code weigher} weighs them (the least used
     * dropped first), each read again once {@code recheck} old. Maintenance runs on the caller's thread.
     */
    public static <K, V> Cache<K, V> weighed(Duration recheck, long maximumWeight, Weigher<K, V> weigher,
                                             Clock clock) {
        return Caffeine.newBuilder().maximumWeight(maximumWeight).weigher(weigher).expireAfterWrite(recheck)
                .ticker(ticker(clock)).executor(Runnable::run).build();
    }

    /**
     * One value, read by {@code loader.load} on first use and again by {@code loader.reload(held)} once
     * {@code every} old: on {@code background} while callers go on with the held one (refresh-ahead),
     * one reading at a time. With a zero {@code every}, every get reads the value itself, on its own
     * thread; a get while another reads it takes the held one.
     */
    public static <V> One<V> refreshAhead(Duration every, Clock clock, Executor background,
                                          CacheLoader<Boolean, V> loader) {
        Caffeine<Object, Object> builder = Caffeine.newBuilder();
        if (every.isZero()) {
            // Caffeine refreshes once an entry is strictly older than the interval, which must be positive:
            // a ticker that moves on at every look makes each get due.
            AtomicLong looks = new AtomicLong();
            builder.refreshAfterWrite(Duration.ofNanos(1)).ticker(() -> looks.addAndGet(2)).executor(Runnable::run);
        } else {
            // A nanosecond less, so a value exactly `every` old is due.
            builder.refreshAfterWrite(every.minusNanos(1)).ticker(ticker(clock)).executor(background);
        }
        return new One<>(builder.build(loader));
    }

    /** The one value of {@link #refreshAhead}. */
    public static final class One<V> {
        private final LoadingCache<Boolean, V> cache;

        private One(LoadingCache<Boolean, V> cache) {
            this.cache = cache;
        }

        /** The value, read now if none is held yet or (with a zero interval) always. */
        public V get() {
            return cache.get(Boolean.TRUE);
        }

        /** The value held, or null: never reads nor refreshes. */
        public V held() {
            return cache.policy().getIfPresentQuietly(Boolean.TRUE);
        }
    }

    /** A reload that keeps the held value when it has not changed, per {@code fresh(held)}. */
    public static <V> CacheLoader<Boolean, V> reading(Function<V, V> fresh) {
        return new CacheLoader<>() {
            @Override
            public V load(Boolean key) {
                return fresh.apply(null);
            }

            @Override
            public V reload(Boolean key, V held) {
                return fresh.apply(held);
            }
        };
    }

    static Ticker ticker(Clock clock) {
        return () -> {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
    }
}
