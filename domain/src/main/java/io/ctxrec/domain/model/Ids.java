package io.ctxrec.domain.model;

/** Validation shared by every record that carries a shop id. */
public final class Ids {
    /** Longest id, in code points (an emoji is one), as the database columns count on MariaDB. */
    public static final int MAX_LENGTH = 64;

    private Ids() {
    }

    /**
     * Returns the id without surrounding white space, or throws with a message that names the field: blank,
     * holding a control character (NUL included), or longer than {@link #MAX_LENGTH} code points.
     */
    public static String require(String id, String field) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        String trimmed = id.strip();
        if (trimmed.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(field + " must not contain control characters");
        }
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_LENGTH) {
            throw new IllegalArgumentException(field + " is longer than " + MAX_LENGTH + " characters");
        }
        return trimmed;
    }
}
