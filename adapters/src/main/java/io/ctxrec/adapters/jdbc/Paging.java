package io.ctxrec.adapters.jdbc;

/** Checks a page request before it reaches SQL, where a negative LIMIT would be a syntax error. */
final class Paging {

    private Paging() {
    }

    static void check(int offset, int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, was " + offset);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }
}
