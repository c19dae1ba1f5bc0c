package io.ctxrec.domain.model;

/** Validation shared by every record that carries a shop id. */
public final class Ids {
    /** Longest id the database columns hold. */
    public static final int MAX_LENGTH = 64;

    private Ids() {
    }

    /** Returns the id trimmed, or throws with a message that names the field. */
    public static String require(String id, String field) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        String trimmed = id.trim();
        if (trimmed.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(field + " is longer than " + MAX_LENGTH + " characters");
        }
        return trimmed;
    }
}
