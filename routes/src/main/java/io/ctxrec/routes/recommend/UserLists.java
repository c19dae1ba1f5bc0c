package io.ctxrec.routes.recommend;

import io.ctxrec.domain.model.Context;
import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.port.CachedRecommendations;
import io.ctxrec.domain.port.InteractionHistory;
import io.ctxrec.domain.port.ModelRun;
import io.ctxrec.domain.port.ModelRunLog;
import io.ctxrec.domain.port.ListContext;
import io.ctxrec.domain.port.ProductCatalog;
import io.ctxrec.domain.port.RecommendedItem;
import io.ctxrec.domain.port.UserDirectory;
import io.ctxrec.domain.port.UserListStamp;
import io.ctxrec.routes.scoring.ServingVersion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A user's stored list and the answer: the context a list is computed for and stored under, whether the
 * stored list may answer, keeping a computed one, and the {@link RecommendationResponse} either way, each
 * product hydrated from the catalog (a product gone from it since is left out).
 */
public class UserLists {
    private static final List<String> STANDARD = List.of(Context.DEVICE_TYPE, Context.TIME_OF_DAY, Context.SEASON);

    private final StoredLists cache;
    private final InteractionHistory history;
    private final ModelRunLog runs;
    private final ProductCatalog catalog;
    private final UserDirectory users;
    private final ZoneId zone;
    private final Clock clock;
    private final Function<Object, byte[]> json;
    private final SharedStamps shared;

    public UserLists(StoredLists cache, InteractionHistory history, ModelRunLog runs, ProductCatalog catalog,
                     UserDirectory users, ZoneId zone, Clock clock, Function<Object, byte[]> json) {
        this(cache, history, runs, catalog, users, zone, clock, json, SharedStamps.NONE);
    }

    /**
     * {@code shared}: in a cluster, the database's stamp of the user's list, read on every request so that another
     * instance's writes count at once; {@link SharedStamps#NONE} for an instance alone.
     */
    public UserLists(StoredLists cache, InteractionHistory history, ModelRunLog runs, ProductCatalog catalog,
                     UserDirectory users, ZoneId zone, Clock clock, Function<Object, byte[]> json,
                     SharedStamps shared) {
        this.shared = shared;
        this.cache = cache;
        this.history = history;
        this.runs = runs;
        this.catalog = catalog;
        this.users = users;
        this.zone = zone;
        this.clock = clock;
        this.json = json;
    }

    /**
     * The context a list for this query is computed for: its device type, time of day and season, and those
     * of its extra features the version was trained with (the others cannot change its list).
     */
    public ListContext contextOf(RecommendationQuery query, ServingVersion version) {
        Map<String, String> all = query.context(zone).features();
        Map<String, String> features = new HashMap<>();
        STANDARD.forEach(name -> features.put(name, all.get(name)));
        if (version != null) {
            for (String name : version.encoders().featureNames()) {
                if (query.extraContext().containsKey(name)) {
                    features.put(name, query.extraContext().get(name));
                }
            }
        }
        return new ListContext(features);
    }

    /**
     * Reads the user's stored list for the request's context and whether it may answer. Fresh means: younger than the TTL, made by the
     * version that serves now ({@link Recommendation#NO_VERSION} while none does), no interaction of the user
     * after it was made, and at least as many items as asked for. The last rule is a choice: a shorter list
     * (asked with a smaller limit, or too few products) is recomputed rather than served short.
     */
    public void checkCache(RecommendationState state, long ttlSeconds) {
        RecommendationQuery query = state.query();
        Optional<UserListStamp> stamp = shared.read(query.userId(), state.context());
        StoredLists.Held held = cache.find(query.userId(), state.context(), this::read).orElse(null);
        if (stamp.isPresent() && !SharedStamps.isStored(held == null ? null : held.list(), stamp.get())) {
            held = cache.reread(query.userId(), state.context(), this::read).orElse(null);
        }
        Supplier<Optional<Instant>> latest = stamp.isPresent() ? stamp.get()::latestInteractionAt
                : () -> history.latestAt(query.userId());
        state.cache(held, false); // known, should the freshness check fail with the database down
        state.cache(held, held != null && isFresh(held.list(), query, state.versionName(), ttlSeconds, latest));
    }

    private boolean isFresh(CachedRecommendations cached, RecommendationQuery query, String serving, long ttlSeconds,
                            Supplier<Optional<Instant>> latestInteraction) {
        Instant made = cached.createdAt();
        return clock.instant().isBefore(made.plus(Duration.ofSeconds(ttlSeconds)))
                && serving.equals(cached.modelVersion())
                && cached.items().size() >= query.limit()
                && latestInteraction.get().map(at -> !at.isAfter(made)).orElse(true);
    }

    /**
     * Keeps the computed list of a user of the shop: in the cache for its context (unless it is a stand-in),
     * dropping the user's lists older than the TTL, and, always, as one {@code model_runs} row. An id that is not
     * a user's (an anonymous visitor, a typo, a probe) gets its list but leaves nothing behind, so that naming ids
     * cannot fill the database.
     */
    public void save(RecommendationState state, long ttlSeconds) {
        Recommendation list = state.list();
        String userId = state.query().userId();
        if (users.find(userId).isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        if (list.cacheable()) {
            cache.replace(held(new CachedRecommendations(userId, state.context(), list.model(), list.version(), now,
                    list.items()), list.metrics()), now.minusSeconds(ttlSeconds));
        }
        runs.record(new ModelRun(userId, list.model(), list.version(), list.metrics(), list.items(), now));
    }

    /** Whether a stored list answered from memory because the database could not be reached, and has not since. */
    public boolean databaseUnreachable() {
        return cache.databaseUnreachable();
    }

    /** Forgets the user's stored list; the number of rows removed. */
    public int clear(String userId) {
        return cache.clear(userId);
    }

    /** The answer of a computed list. */
    public RecommendationResponse computed(RecommendationState state) {
        Recommendation list = state.list();
        RecommendationQuery query = state.query();
        return new RecommendationResponse(query.userId(), list.source().code(), false, list.model(), list.version(),
                state.context().features(), list.metrics(), hydrate(list.items()), clock.instant());
    }

    /**
     * The answer of the stored list, in the context it was computed for (the request's): its JSON rendered when
     * it was stored, cut to the limit.
     */
    public CachedAnswer fromCache(RecommendationState state) {
        return state.cached().answer().limitedTo(state.query().limit());
    }

    /**
     * A list read from the database, with the metrics of the run that made it when the latest run of the user
     * is that one, else none.
     */
    private StoredLists.Held read(CachedRecommendations cached) {
        Map<String, Map<String, Double>> metrics = runs.latest(cached.userId(), 1).stream()
                .filter(run -> run.modelName().equals(cached.modelName())
                        && run.modelVersion().equals(cached.modelVersion()))
                .findFirst().map(ModelRun::metrics).orElse(Map.of());
        return held(cached, metrics);
    }

    /** A stored list and its answer from the cache, rendered now, once (each product hydrated now). */
    private StoredLists.Held held(CachedRecommendations cached, Map<String, Map<String, Double>> metrics) {
        RecommendationResponse answer = new RecommendationResponse(cached.userId(), RecommendationSource.CACHE.code(),
                true, cached.modelName(), cached.modelVersion(), cached.context().features(), metrics,
                hydrate(cached.items()), cached.createdAt());
        return new StoredLists.Held(cached, CachedAnswer.render(answer, json));
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
