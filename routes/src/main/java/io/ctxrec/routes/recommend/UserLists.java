package io.ctxrec.routes.recommend;

import io.ctxrec.domain.model.Context;
import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.port.CachedRecommendations;
import io.ctxrec.domain.port.InteractionHistory;
import io.ctxrec.domain.port.ModelRun;
import io.ctxrec.domain.port.ModelRunLog;
import io.ctxrec.domain.port.ProductCatalog;
import io.ctxrec.domain.port.RecommendationCache;
import io.ctxrec.domain.port.RecommendedItem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A user's stored list and the answer: whether the stored list may answer, keeping a computed one, and
 * the {@link RecommendationResponse} either way, each product hydrated from the catalog (a product gone
 * from it since is left out).
 */
public class UserLists {
    private final RecommendationCache cache;
    private final InteractionHistory history;
    private final ModelRunLog runs;
    private final ProductCatalog catalog;
    private final ZoneId zone;
    private final Clock clock;
    private final DatabaseWatch watch;

    public UserLists(RecommendationCache cache, InteractionHistory history, ModelRunLog runs, ProductCatalog catalog,
                     ZoneId zone, Clock clock) {
        this(cache, history, runs, catalog, zone, clock, new DatabaseWatch(clock));
    }

    /** {@code watch}: while it says the database is unreachable, an answer from the stored list is stale. */
    public UserLists(RecommendationCache cache, InteractionHistory history, ModelRunLog runs, ProductCatalog catalog,
                     ZoneId zone, Clock clock, DatabaseWatch watch) {
        this.watch = watch;
        this.cache = cache;
        this.history = history;
        this.runs = runs;
        this.catalog = catalog;
        this.zone = zone;
        this.clock = clock;
    }

    /**
     * Reads the user's stored list and whether it may answer. Fresh means: younger than the TTL, made by the
     * version that serves now ({@link Recommendation#NO_VERSION} while none does), no interaction of the user
     * after it was made, and at least as many items as asked for. The last rule is a choice: a shorter list
     * (asked with a smaller limit, or too few products) is recomputed rather than served short.
     */
    public void checkCache(RecommendationState state, long ttlSeconds) {
        RecommendationQuery query = state.query();
        CachedRecommendations cached = cache.find(query.userId()).orElse(null);
        state.cache(cached, false); // known, should the freshness check fail with the database down
        state.cache(cached, cached != null && isFresh(cached, query, state.versionName(), ttlSeconds));
    }

    private boolean isFresh(CachedRecommendations cached, RecommendationQuery query, String serving, long ttlSeconds) {
        Instant made = cached.createdAt();
        Optional<Instant> latest = history.latestAt(query.userId());
        return clock.instant().isBefore(made.plus(Duration.ofSeconds(ttlSeconds)))
                && serving.equals(cached.modelVersion())
                && latest.map(at -> !at.isAfter(made)).orElse(true)
                && cached.items().size() >= query.limit();
    }

    /** Keeps the computed list: in the cache (unless it is a stand-in) and, always, as one {@code model_runs} row. */
    public void save(RecommendationState state) {
        Recommendation list = state.list();
        String userId = state.query().userId();
        Instant now = clock.instant();
        if (list.cacheable()) {
            cache.replace(new CachedRecommendations(userId, list.model(), list.version(), now, list.items()));
        }
        runs.record(new ModelRun(userId, list.model(), list.version(), list.metrics(), list.items(), now));
    }

    /** Forgets the user's stored list; the number of rows removed. */
    public int clear(String userId) {
        return cache.clear(userId);
    }

    /** The answer of a computed list. */
    public RecommendationResponse computed(RecommendationState state) {
        Recommendation list = state.list();
        RecommendationQuery query = state.query();
        return new RecommendationResponse(query.userId(), list.source().code(), list.model(), list.version(),
                features(query.context(zone)), list.metrics(), hydrate(list.items()), clock.instant());
    }

    /**
     * The answer of the stored list: the metrics of the run that made it when the latest run of the user is
     * that one, else none.
     */
    public RecommendationResponse fromCache(RecommendationState state) {
        return fromCache(state, watch.unreachableSince().isPresent());
    }

    /**
     * The answer of the stored list when a fresh one could not be made because the database is down: it is
     * stale (older than the TTL, of another version, or before the user's latest interaction).
     */
    public RecommendationResponse stale(RecommendationState state) {
        return fromCache(state, true);
    }

    private RecommendationResponse fromCache(RecommendationState state, boolean stale) {
        CachedRecommendations cached = state.cached();
        RecommendationQuery query = state.query();
        Map<String, Map<String, Double>> metrics = runs.latest(query.userId(), 1).stream()
                .filter(run -> run.modelName().equals(cached.modelName())
                        && run.modelVersion().equals(cached.modelVersion()))
                .findFirst().map(ModelRun::metrics).orElse(Map.of());
        List<RecommendedItem> items = cached.items().subList(0, Math.min(query.limit(), cached.items().size()));
        return new RecommendationResponse(query.userId(), RecommendationSource.CACHE.code(), cached.modelName(),
                cached.modelVersion(), features(query.context(zone)), metrics, hydrate(items), cached.createdAt(), stale);
    }

    /** The features with a value, as the response shows them (a request has no category). */
    private static Map<String, String> features(Context context) {
        Map<String, String> shown = new LinkedHashMap<>();
        context.features().forEach((k, v) -> {
            if (v != null) {
                shown.put(k, v);
            }
        });
        return shown;
    }

    private List<RecommendedProduct> hydrate(List<RecommendedItem> items) {
        Map<String, Product> byId = new HashMap<>();
        catalog.findAll(items.stream().map(RecommendedItem::productId).toList()).forEach(p -> byId.put(p.id(), p));
        List<RecommendedProduct> out = new ArrayList<>();
        for (RecommendedItem item : items) {
            Product p = byId.get(item.productId());
            if (p != null) {
                out.add(new RecommendedProduct(p.id(), p.name(), p.price(), p.discount(), p.imageUrl(), p.category(),
                        p.brand(), item.score(), item.reason().code()));
            }
        }
        return out;
    }
}
