package io.ctxrec.routes.recommend;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether the recommendation routes' last database read failed because the database was down: while it
 * is, an answer from what is held in memory is marked stale.
 */
public final class DatabaseWatch {
    private final Clock clock;
    private volatile Instant unreachableSince;

    public DatabaseWatch(Clock clock) {
        this.clock = clock;
    }

    void reached() {
        unreachableSince = null;
    }

    void unreachable() {
        if (unreachableSince == null) {
            unreachableSince = clock.instant();
        }
    }

    /** Since when reads have failed; empty while the database answers. */
    public Optional<Instant> unreachableSince() {
        return Optional.ofNullable(unreachableSince);
    }
}
