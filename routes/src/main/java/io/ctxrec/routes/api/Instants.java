package io.ctxrec.routes.api;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;

/**
 * Reads a request's instant: ISO-8601 ({@code 2024-05-01T18:30:00Z}), no earlier than 1970 and no later
 * than a day from now (clock skew), so a mistyped year is refused rather than stored for good.
 */
final class Instants {
    static final Instant EARLIEST = Instant.EPOCH;
    static final Duration LATEST_AHEAD = Duration.ofDays(1);

    private Instants() {
    }

    /** The instant, or {@code clock}'s now when the value is absent. */
    static Instant parse(String field, String value, Clock clock) {
        Instant now = clock.instant();
        if (value == null || value.isBlank()) {
            return now;
        }
        Instant at;
        try {
            at = Instant.parse(value.trim());
        } catch (DateTimeException e) {
            throw ApiProblem.badRequest(field + " must be an ISO-8601 instant such as 2024-05-01T18:30:00Z, was '"
                    + value + "'");
        }
        Instant latest = now.plus(LATEST_AHEAD);
        if (at.isBefore(EARLIEST) || at.isAfter(latest)) {
            throw ApiProblem.badRequest(field + " must be between " + EARLIEST + " and a day from now (" + latest
                    + "), was '" + value + "'");
        }
        return at;
    }
}
