package io.ctxrec.routes.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ctxrec.domain.model.DeviceType;
import io.ctxrec.domain.port.ListContext;
import io.ctxrec.domain.port.RecommendationCache;
import io.ctxrec.domain.testdata.InMemoryInteractionHistory;
import io.ctxrec.routes.recommend.CachedAnswer;
import io.ctxrec.routes.recommend.RecommendationQuery;
import io.ctxrec.routes.recommend.RecommendationResponse;
import io.ctxrec.routes.recommend.RecommendationState;
import io.ctxrec.routes.recommend.StoredLists;
import io.ctxrec.routes.recommend.UserLists;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The recommendation counters, on stand-in list and init routes that answer what the user id says. */
class ServiceMetricsPolicyTest {
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

    private final ServiceMetrics metrics = new ServiceMetrics();
    private CamelContext context;

    @BeforeEach
    void start() throws Exception {
        context = new DefaultCamelContext();
        context.addRoutePolicyFactory(ServiceMetricsPolicy.factory(metrics));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:recommendations-list").routeId("recommendations-list").process(e -> answer(e.getMessage()));
                from("direct:recommendations-init").routeId("recommendations-init").process(e -> answer(e.getMessage()));
                from("direct:elsewhere").routeId("elsewhere").process(e -> answer(e.getMessage()));
                from("direct:api").routeId("api").to("direct:recommendations-list").setBody(constant("{}"));
            }
        });
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    /** "cache", "model" or "fallback": that answer; "broken": the cache checked, missed, then a failure. */
    private static void answer(org.apache.camel.Message message) {
        RecommendationQuery query = message.getBody(RecommendationQuery.class);
        switch (query.userId()) {
            case "cache" -> message.setBody(CachedAnswer.render(response(query, "cache", "BMF"), ApiJson::render));
            case "model" -> message.setBody(response(query, "model", "ENCM"));
            case "fallback" -> message.setBody(response(query, "fallback", "heuristic:LNCM"));
            default -> {
                RecommendationState state = new RecommendationState(query, null, new ListContext(Map.of()));
                message.setBody(state);
                missingCache().checkCache(state, 3600);
                throw new IllegalStateException("the database went away");
            }
        }
    }

    private static RecommendationResponse response(RecommendationQuery q, String source, String model) {
        return new RecommendationResponse(q.userId(), source, source.equals("cache"), model, "v1", Map.of(), Map.of(), List.of(), NOW);
    }

    private static UserLists missingCache() {
        return new UserLists(new StoredLists(RecommendationCache.NONE, Duration.ZERO, 0, Clock.fixed(NOW, ZoneOffset.UTC)), new InMemoryInteractionHistory(), null, null, ZoneOffset.UTC,
                Clock.fixed(NOW, ZoneOffset.UTC), ApiJson::render);
    }

    private void send(String endpoint, String user) {
        context.createProducerTemplate().requestBody(endpoint,
                new RecommendationQuery(user, 10, DeviceType.MOBILE, NOW));
    }

    private double count(String name, String... tags) {
        var counter = metrics.registry().find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void aListFromTheCacheIsAHitAndNothingElse() {
        send("direct:recommendations-list", "cache");

        assertThat(count("ctxrec.cache.hits")).isEqualTo(1);
        assertThat(count("ctxrec.cache.misses")).isZero();
        assertThat(metrics.registry().find("ctxrec.recommendations").counters()).isEmpty();
    }

    @Test
    void aComputedListIsAMissAndCountsForItsModel() {
        send("direct:recommendations-list", "model");

        assertThat(count("ctxrec.cache.hits")).isZero();
        assertThat(count("ctxrec.cache.misses")).isEqualTo(1);
        assertThat(count("ctxrec.recommendations", "model", "ENCM")).isEqualTo(1);
        assertThat(metrics.registry().find("ctxrec.fallback").counters()).isEmpty();
    }

    @Test
    void aFallbackCountsByItsReason_andInitIsNeitherHitNorMiss() {
        send("direct:recommendations-init", "fallback");

        assertThat(count("ctxrec.recommendations", "model", "heuristic:LNCM")).isEqualTo(1);
        assertThat(count("ctxrec.fallback", "reason", "heuristic:LNCM")).isEqualTo(1);
        assertThat(count("ctxrec.cache.hits") + count("ctxrec.cache.misses")).isZero();
    }

    @Test
    void aListThatFailedAfterTheCacheMissedIsAMissWithoutAModel() {
        assertThatThrownBy(() -> send("direct:recommendations-list", "broken")).hasRootCauseMessage("the database went away");

        assertThat(count("ctxrec.cache.misses")).isEqualTo(1);
        assertThat(metrics.registry().find("ctxrec.recommendations").counters()).isEmpty();
    }

    @Test
    void aListCalledFromTheApiRouteIsCountedByWhatItAnswered_notByTheApisReply() {
        send("direct:api", "cache");

        assertThat(count("ctxrec.cache.hits")).isEqualTo(1);
    }

    @Test
    void otherRoutesAreNotCounted() {
        send("direct:elsewhere", "model");

        assertThat(count("ctxrec.cache.misses")).isZero();
        assertThat(metrics.registry().find("ctxrec.recommendations").counters()).isEmpty();
    }
}
