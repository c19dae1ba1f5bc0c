package io.ctxrec.routes.recommend;

import io.ctxrec.domain.port.CachedRecommendations;
import io.ctxrec.domain.port.ListContext;
import io.ctxrec.domain.port.UserListStamp;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * How an instance of a cluster knows, on each request, whether what it holds of a user's list is still true: one
 * read of the user's {@link UserListStamp} (the stored list's time, the latest interaction's time). A list held
 * in memory answers only if it is the one stored now and no interaction came after it, so a purchase, a
 * recomputed list or a DELETE through any instance counts on the next request to every instance. While the
 * database is down the stamp is not known, and what is held answers as on an instance alone.
 */
public final class SharedStamps {
    /** An instance alone: no stamp is read; its own writes count at once, others' within the recheck. */
    public static final SharedStamps NONE = new SharedStamps(null);

    private final UserListStamp.Source source;

    public SharedStamps(UserListStamp.Source source) {
        this.source = source;
    }

    /** The stamp, or empty alone or while the database cannot be reached. */
    Optional<UserListStamp> read(String userId, ListContext context) {
        if (source == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(source.of(userId, context));
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            return Optional.empty();
        }
    }

    /** Whether {@code held} (null: none) is the list the stamp says is stored, to the database's millisecond. */
    static boolean isStored(CachedRecommendations held, UserListStamp stamp) {
        return Optional.ofNullable(held).map(list -> list.createdAt().truncatedTo(ChronoUnit.MILLIS))
                .equals(stamp.storedListAt());
    }
}
