package io.ctxrec.domain.port;

import java.time.Instant;
import java.util.List;

/** A user's stored list: which model and version made it, when, and its items in rank order. */
public record CachedRecommendations(String userId, String modelName, String modelVersion, Instant createdAt,
                                    List<RecommendedItem> items) {
    public CachedRecommendations {
        items = List.copyOf(items);
    }
}
