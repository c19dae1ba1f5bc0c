package io.ctxrec.domain.port;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A user's stored list: the context it was computed for, which model and version made it, when, and its
 * items in rank order.
 */
public record CachedRecommendations(String userId, ListContext context, String modelName, String modelVersion,
                                    Instant createdAt, List<RecommendedItem> items) {
    public CachedRecommendations {
        Objects.requireNonNull(context, "context");
        items = List.copyOf(items);
    }
}
