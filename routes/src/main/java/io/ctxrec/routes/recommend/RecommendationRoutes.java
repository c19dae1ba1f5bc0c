package io.ctxrec.routes.recommend;

import static io.ctxrec.routes.recommend.RecommendationExchange.CACHED;
import static io.ctxrec.routes.recommend.RecommendationExchange.PROFILE;
import static io.ctxrec.routes.recommend.RecommendationExchange.QUERY;
import static io.ctxrec.routes.recommend.RecommendationExchange.SERVING;
import static io.ctxrec.routes.recommend.RecommendationExchange.SOURCE;

import org.apache.camel.builder.RouteBuilder;

/**
 * A user's recommendations, every step: the cache check, the collection of the user's data with
 * camel-jdbc, the scoring ({@code direct:recommendations-score}, see ScoringRoutes), saving and
 * hydration. The HTTP layer calls the first three endpoints; bodies are a {@link RecommendationQuery}
 * (answered with a {@link RecommendationResponse}) or, to clear, a user id (answered with a row count).
 */
public class RecommendationRoutes extends RouteBuilder {
    static final String QUERY_ARG = "${exchangeProperty." + QUERY + "}";
    static final String PROFILE_ARG = "${exchangeProperty." + PROFILE + "}";
    static final String SERVING_ARG = "${exchangeProperty." + SERVING + "}";

    @Override
    public void configure() {
        from("direct:recommendations-list").routeId("recommendations-list")
                .setProperty(QUERY, body())
                .setProperty(SERVING, method("servingModels", "current"))
                .setProperty(CACHED, method("cacheCheck", "lookup(" + QUERY_ARG + ")"))
                .choice()
                    .when(method("cacheCheck", "isFresh(${exchangeProperty." + CACHED + "}, " + QUERY_ARG + ", "
                            + SERVING_ARG + ", {{ctxrec.cache.ttl-seconds:3600}})"))
                        .bean("serviceMetrics", "cacheHit")
                        .to("direct:recommendations-from-cache")
                    .otherwise()
                        .bean("serviceMetrics", "cacheMiss")
                        .to("direct:recommendations-compute")
                .end();

        from("direct:recommendations-init").routeId("recommendations-init")
                .setProperty(QUERY, body())
                .setProperty(SERVING, method("servingModels", "current"))
                .to("direct:recommendations-compute");

        from("direct:recommendations-clear").routeId("recommendations-clear")
                .bean("recommendationStore", "clear(${body})");

        from("direct:recommendations-from-cache").routeId("recommendations-from-cache")
                .setProperty(SOURCE, constant(RecommendationSource.CACHE))
                .bean("responseAssembler", "fromCache(${exchangeProperty." + CACHED + "}, " + QUERY_ARG + ")");

        from("direct:recommendations-compute").routeId("recommendations-compute")
                .to("direct:recommendations-collect")
                .to("direct:recommendations-score")
                .setHeader("ctxrec.model", simple("${body.model()}"))
                .bean("serviceMetrics", "recommendation")
                .filter(exchangeProperty(SOURCE).isEqualTo(RecommendationSource.FALLBACK))
                    .setHeader("ctxrec.fallbackReason", simple("${body.model()}"))
                    .bean("serviceMetrics", "fallback")
                .end()
                .removeHeaders("ctxrec.*")
                .to("direct:recommendations-save")
                .to("direct:recommendations-hydrate");

        from("direct:recommendations-collect").routeId("recommendations-collect")
                .setHeader("userId", simple("${exchangeProperty." + QUERY + ".userId()}"))
                .setBody(constant(UserDataCollector.SQL))
                .to("jdbc:ctxrecDataSource?useHeadersAsParameters=true")
                .setProperty(PROFILE, method("userDataCollector", "profile(${body}, " + QUERY_ARG
                        + ", {{ctxrec.recommend.include-purchased:false}})"))
                .removeHeaders("CamelJdbc*")
                .removeHeader("userId");

        from("direct:recommendations-save").routeId("recommendations-save")
                .bean("recommendationStore", "save(${body}, " + QUERY_ARG + ")");

        from("direct:recommendations-hydrate").routeId("recommendations-hydrate")
                .bean("responseAssembler", "fromRecommendation(${body}, " + QUERY_ARG + ")");
    }
}
