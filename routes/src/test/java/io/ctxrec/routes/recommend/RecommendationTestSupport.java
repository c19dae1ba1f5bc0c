package io.ctxrec.routes.recommend;

import io.ctxrec.app.ServiceGraphFixture;
import io.ctxrec.domain.port.CachedRecommendations;
import io.ctxrec.domain.port.ListContext;
import io.ctxrec.domain.port.RecommendedItem;
import io.ctxrec.domain.model.DeviceType;
import io.ctxrec.routes.scoring.ScoringRoutes;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;

/** The recommendation and scoring routes over a {@link ServingShop}; tests advise, then start the context. */
public abstract class RecommendationTestSupport extends CamelTestSupport {
    protected final ServingShop shop = shop();

    ServingShop shop() {
        return ServingShop.trained();
    }

    @Override
    public boolean isUseAdviceWith() {
        return true;
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties p = new Properties();
        p.setProperty("ctxrec.cache.ttl-seconds", "3600");
        p.setProperty("ctxrec.scoring.timeout-ms", "1500");
        return p;
    }

    /**
     * The service's graph over the shop, which looks up the active version and re-reads the shop on every
     * request, on the wall clock (the shop's rows are stamped with it); a test that needs other settings
     * overrides this.
     */
    ServiceGraphFixture service() {
        return ServiceGraphFixture.over(shop.jdbc, shop.db.dataSource(), shop.dataDir).clock(Clock.systemUTC())
                .set("ctxrec.models.poll-seconds", "0").set("ctxrec.recommend.shop-refresh-seconds", "0")
                .set("ctxrec.cache.recheck-seconds", "0");
    }

    private ServiceGraphFixture service;

    /** The graph the routes come from, built once per test. */
    ServiceGraphFixture built() {
        if (service == null) {
            service = service();
        }
        return service;
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        built().bindTo(registry);
    }

    /** The recommendation side of the graph: its routes and the scoring routes they call. */
    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return built().routesOf(RecommendationRoutes.class, ScoringRoutes.class);
    }

    /** The context of {@link #query}: a mobile, on a spring morning. */
    static final ListContext QUERIED = new ListContext(Map.of("device_type", "mobile", "time_of_day", "morning",
            "season", "spring"));

    static RecommendationQuery query(String userId, int limit) {
        return new RecommendationQuery(userId, limit, DeviceType.MOBILE, Instant.parse("2026-03-10T09:30:00Z"));
    }

    RecommendationResponse list(String userId, int limit) {
        return ask(query(userId, limit));
    }

    /** What the list route answers, a stored list's answer as the value its JSON says. */
    RecommendationResponse ask(RecommendationQuery q) {
        Object answer = template.requestBody("direct:recommendations-list", q);
        return answer instanceof CachedAnswer cached ? cached.response() : (RecommendationResponse) answer;
    }

    RecommendationResponse init(String userId, int limit) {
        return template.requestBody("direct:recommendations-init", query(userId, limit), RecommendationResponse.class);
    }

    void storeList(String userId, String version, Instant createdAt, List<String> productIds) {
        List<RecommendedItem> items = productIds.stream()
                .map(id -> new RecommendedItem(id, 0.5, io.ctxrec.domain.fallback.Reason.MODEL)).toList();
        shop.jdbc.recommendationCache().replace(new CachedRecommendations(userId, QUERIED, "BMF", version, createdAt,
                items), Instant.EPOCH);
    }

    /** The user's list stored for {@link #QUERIED}. */
    Optional<CachedRecommendations> stored(String userId) {
        return shop.jdbc.recommendationCache().find(userId, QUERIED);
    }

    List<String> productIds(int n) {
        return shop.jdbc.productCatalog().active().stream().limit(n).map(p -> p.id()).toList();
    }

    static List<String> ids(RecommendationResponse r) {
        return r.items().stream().map(RecommendedProduct::id).toList();
    }
}
