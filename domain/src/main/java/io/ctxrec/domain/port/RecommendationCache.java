package io.ctxrec.domain.port;

import java.time.Instant;
import java.util.Optional;

/** The {@code recommendations} table: the last list computed for each user in each context. */
public interface RecommendationCache {

    /** The user's list stored for this context, or empty when there is none (a list of another context is none). */
    Optional<CachedRecommendations> find(String userId, ListContext context);

    /**
     * Replaces the user's list for its context with this one, atomically, and forgets the user's lists of any
     * context made before {@code dropBefore} (expired: they would not answer any more), so a user holds at
     * most the lists made within the time to live.
     */
    void replace(CachedRecommendations list, Instant dropBefore);

    /** Forgets the user's lists, in every context; returns how many rows were removed. */
    int clear(String userId);

    /** A store that keeps nothing: every list is missing (what holds lists in memory only measures itself). */
    RecommendationCache NONE = new RecommendationCache() {
        @Override
        public Optional<CachedRecommendations> find(String userId, ListContext context) {
            return Optional.empty();
        }

        @Override
        public void replace(CachedRecommendations list, Instant dropBefore) {
            // kept nowhere
        }

        @Override
        public int clear(String userId) {
            return 0;
        }
    };
}
