package io.ctxrec.domain.model;

import java.time.Instant;
import java.util.Objects;

/** A review: 1 to 5 stars and an optional comment. Four or five stars count as a positive signal. */
public record Rating(String userId, String productId, int stars, String comment, Instant at) {

    public static final int MAX_COMMENT = 2000;

    public Rating {
        userId = Ids.require(userId, "userId");
        productId = Ids.require(productId, "productId");
        if (stars < 1 || stars > 5) {
            throw new IllegalArgumentException("stars must be 1..5, was " + stars);
        }
        comment = comment == null ? "" : comment.strip();
        if (comment.codePointCount(0, comment.length()) > MAX_COMMENT) {
            throw new IllegalArgumentException("comment is longer than " + MAX_COMMENT + " characters");
        }
        Objects.requireNonNull(at, "timestamp");
    }

    public boolean isPositive() {
        return stars >= 4;
    }
}
