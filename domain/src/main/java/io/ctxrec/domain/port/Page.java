package io.ctxrec.domain.port;

import java.util.List;

/** One page of a longer listing. */
public record Page<T>(List<T> items, int offset, int limit, long total) {
    public Page {
        items = List.copyOf(items);
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
    }
}
