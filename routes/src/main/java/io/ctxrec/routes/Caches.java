package io.ctxrec.routes;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
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
     * Values by key, at most {@code maximumSize} of them, each read again once {@code recheck} old at the
     * latest ({@link #spread}); zero keeps nothing. Maintenance runs on the caller's thread: no pool is involved.
     */
    public static <V> Cache<String, V> expiring(Duration recheck, long maximumSize, Clock clock) {
        return Caffeine.newBuilder().maximumSize(maximumSize).expireAfter(Caches.<String, V>spread(recheck))
                .ticker(ticker(clock)).executor(Runnable::run).build();
    }

    /**
     * Values by key, at most {@code maximumWeight} in all as {@code weigher} weighs them (the least used
     * dropped first), each read again once {@code recheck} old at the latest ({@link #spread}). Maintenance
     * runs on the caller's thread.
     */
    public static <K, V> Cache<K, V> weighed(Duration recheck, long maximumWeight, Weigher<K, V> weigher,
                                             Clock clock) {
        return Caffeine.newBuilder().maximumWeight(maximumWeight).weigher(weigher)
                .expireAfter(Caches.<K, V>spread(recheck)).ticker(ticker(clock)).executor(Runnable::run).build();
    }

    /**
     * A value's life from its last write: between half of {@code recheck} and all of it, the same for a key
     * each time, spread evenly over the keys. With one life for all, values read together (a warm-up, a
     * burst of users) were all due together, and every {@code recheck} the requests met a wave of reads
     * from the database at once instead of a few at a time.
     */
    static <K, V> Expiry<K, V> spread(Duration recheck) {
        long full = recheck.toNanos();
        return new Expiry<>() {
            @Override
            public long expireAfterCreate(K key, V value, long now) {
                return life(key);
            }

            @Override
            public long expireAfterUpdate(K key, V value, long now, long currentDuration) {
                return life(key);
            }

            @Override
            public long expireAfterRead(K key, V value, long now, long currentDuration) {
                return currentDuration;
            }

            private long life(K key) {
                // The key's hash, mixed (as HashMap's spread, then a multiplicative step) into [0, 1).
                int h = key.hashCode();
                h ^= h >>> 16;
                double share = ((h * 0x9E3779B9) >>> 1) / (double) (1L << 31);
                return full - (long) (full / 2 * share);
            }
        };
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
