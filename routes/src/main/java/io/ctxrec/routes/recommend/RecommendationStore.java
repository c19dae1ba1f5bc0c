package io.ctxrec.routes.recommend;

import io.ctxrec.domain.port.CachedRecommendations;
import io.ctxrec.domain.port.ModelRun;
import io.ctxrec.domain.port.ModelRunLog;
import io.ctxrec.domain.port.RecommendationCache;
import java.time.Clock;
import java.time.Instant;

/** Keeps a computed list: in the cache (unless it is a stand-in) and, always, as one {@code model_runs} row. */
public class RecommendationStore {
    private final RecommendationCache cache;
    private final ModelRunLog runs;
    private final Clock clock;

    public RecommendationStore(RecommendationCache cache, ModelRunLog runs, Clock clock) {
        this.cache = cache;
        this.runs = runs;
        this.clock = clock;
    }

    public void save(Recommendation list, RecommendationQuery query) {
        Instant now = clock.instant();
        if (list.cacheable()) {
            cache.replace(new CachedRecommendations(query.userId(), list.model(), list.version(), now, list.items()));
        }
        runs.record(new ModelRun(query.userId(), list.model(), list.version(), list.metrics(), list.items(), now));
    }

    /** Forgets the user's stored list; the number of rows removed. */
    public int clear(String userId) {
        return cache.clear(userId);
    }
}
