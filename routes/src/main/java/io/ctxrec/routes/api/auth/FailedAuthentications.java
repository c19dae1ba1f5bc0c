package io.ctxrec.routes.api.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed authentications per client address, so that the admin token cannot be guessed at speed: the first
 * failure opens a window; an address with {@code max} failures in it is refused (429, {@code Retry-After} the
 * rest of the window) until the window ends, even with a good credential. Bounded and expiring (Caffeine, on
 * the service's clock).
 */
final class FailedAuthentications {
    private static final Logger LOG = LoggerFactory.getLogger(FailedAuthentications.class);
    private static final long MAX_ADDRESSES = 100_000;

    private record Window(Instant start, int failures) {
    }

    private final int max;
    private final Duration window;
    private final Clock clock;
    private final Cache<String, Window> byAddress;

    FailedAuthentications(int max, Duration window, Clock clock) {
        this.max = max;
        this.window = window;
        this.clock = clock;
        this.byAddress = Caffeine.newBuilder().maximumSize(MAX_ADDRESSES).expireAfterWrite(window)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
    }

    /** Throws 429 while {@code address} has used up its failures. */
    void check(String address) {
        if (max == 0) {
            return;
        }
        Window w = byAddress.getIfPresent(address);
        Instant now = clock.instant();
        if (w != null && w.failures() >= max && now.isBefore(end(w))) {
            long seconds = Math.max(1, Duration.between(now, end(w)).plusMillis(999).toSeconds());
            throw AuthFailure.tooMany("too many failed authentications from this address; try again in "
                    + seconds + " s", seconds);
        }
    }

    void failed(String address) {
        if (max == 0) {
            return;
        }
        Instant now = clock.instant();
        Window w = byAddress.asMap().compute(address, (a, old) -> old == null || !now.isBefore(end(old))
                ? new Window(now, 1) : new Window(old.start(), old.failures() + 1));
        if (w.failures() == max) {
            LOG.warn("{} failed authentications from {} within {} s: refused until {}", max, address,
                    window.toSeconds(), end(w));
        }
    }

    private Instant end(Window w) {
        return w.start().plus(window);
    }
}
