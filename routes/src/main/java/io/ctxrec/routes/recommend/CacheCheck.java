package io.ctxrec.routes.recommend;

import io.ctxrec.domain.port.CachedRecommendations;
import io.ctxrec.domain.port.InteractionHistory;
import io.ctxrec.domain.port.RecommendationCache;
import io.ctxrec.routes.scoring.ServingVersion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether a user's stored list may answer a request. Fresh means: younger than the TTL, made by the
 * version that serves now ({@link Recommendation#NO_VERSION} while none does), no interaction of the user
 * after it was made, and at least as many items as asked for. The last rule is a choice: a shorter list
 * (asked with a smaller limit, or too few products) is recomputed rather than served short.
 */
public class CacheCheck {
    private final RecommendationCache cache;
    private final InteractionHistory history;
    private final Clock clock;

    public CacheCheck(RecommendationCache cache, InteractionHistory history, Clock clock) {
        this.cache = cache;
        this.history = history;
        this.clock = clock;
    }

    /** The user's stored list, or null. */
    public CachedRecommendations lookup(RecommendationQuery query) {
        return cache.find(query.userId()).orElse(null);
    }

    public boolean isFresh(CachedRecommendations cached, RecommendationQuery query, ServingVersion version,
                           long ttlSeconds) {
        if (cached == null) {
            return false;
        }
        String serving = version == null ? Recommendation.NO_VERSION : version.version();
        Instant made = cached.createdAt();
        Optional<Instant> latest = history.latestAt(query.userId());
        return clock.instant().isBefore(made.plus(Duration.ofSeconds(ttlSeconds)))
                && serving.equals(cached.modelVersion())
                && latest.map(at -> !at.isAfter(made)).orElse(true)
                && cached.items().size() >= query.limit();
    }
}
