package io.ctxrec.domain.port;

import java.time.Instant;
import java.util.Optional;

/**
 * What the database says, at one read, about a user's stored list in one context: when the list stored now was
 * made (empty: none is stored) and when the user's latest interaction happened (empty: none). A list held in
 * memory is the stored one only when it was made at {@code storedListAt}.
 */
public record UserListStamp(Optional<Instant> storedListAt, Optional<Instant> latestInteractionAt) {

    /** Reads the stamp of a user's list in one context, in one round trip. */
    public interface Source {
        UserListStamp of(String userId, ListContext context);
    }
}
