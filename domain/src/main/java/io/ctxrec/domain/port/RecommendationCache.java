package io.ctxrec.domain.port;

import java.util.Optional;

/** The {@code recommendations} table: the last list computed for each user. */
public interface RecommendationCache {

    /** The user's stored list, or empty when there is none. */
    Optional<CachedRecommendations> find(String userId);

    /** Replaces the user's stored list with this one, atomically. */
    void replace(CachedRecommendations list);

    /** Forgets the user's list; returns how many rows were removed. */
    int clear(String userId);
}
