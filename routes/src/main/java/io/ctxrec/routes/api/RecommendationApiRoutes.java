package io.ctxrec.routes.api;

import static org.apache.camel.model.rest.RestParamType.query;

import io.ctxrec.domain.model.Ids;
import io.ctxrec.routes.api.auth.Access;
import io.ctxrec.routes.recommend.RecommendationQuery;
import io.ctxrec.routes.recommend.RecommendationResponse;
import io.ctxrec.routes.recommend.RecommendationRoutes;
import java.util.function.Function;
import org.apache.camel.ExchangePattern;
import org.apache.camel.builder.RouteBuilder;

/**
 * {@code /api/recommendations}: HTTP in, a {@link RecommendationQuery} to the recommendation routes'
 * {@code direct:recommendations-*} endpoints, JSON out. Their failures are caught here (doTry) because
 * their own default error handler marks them handled, which hides them from the route configuration;
 * the reply is still made by {@link ErrorReplies}, the one place that maps exceptions to statuses.
 *
 * <p>A list or init request, from here to the JSON, in eight files: this one;
 * {@link RecommendationQueries} (HTTP to the query); {@code recommend.RecommendationRoutes} (every step);
 * {@code recommend.RecommendationState} (the body they pass on); {@code recommend.UserLists} (cache check,
 * save, response); {@code recommend.UserDataCollector} (the user's rows to a profile);
 * {@code recommend.ListChoice} (plan, choice of the model, fallback); {@code scoring.ScoringRoutes} (the
 * models in parallel). The rest are values they pass ({@code RecommendationQuery}, {@code UserProfile},
 * {@code Recommendation}, {@code RecommendationResponse}, ...) and what they read through (the serving
 * version, the shop snapshot, the domain's selection policy and fallback). {@link ServiceMetricsPolicy}
 * counts the answers.
 */
public class RecommendationApiRoutes extends RouteBuilder {
    private final RecommendationQueries queries;
    private final Access access;

    public RecommendationApiRoutes(RecommendationQueries queries, Access access) {
        this.queries = queries;
        this.access = access;
    }

    /** The one parameter of DELETE /api/recommendations. */
    record UserIdParameter(String userId) {
    }

    @Override
    public void configure() {
        rest("/api/recommendations").description("A user's recommendations")
                .get("/list").id("recommendations-list-http").description("Recommendations, from the cache when one"
                        + " is fresh for this context; ctx_<name> parameters give extra context features")
                    .param().name("userId").type(query).required(true).endParam()
                    .param().name("limit").type(query).dataType("integer").required(false)
                        .description("1 to 100, default 10").endParam()
                    .param().name("deviceType").type(query).required(false)
                        .description("mobile, desktop or tablet; default: from the User-Agent").endParam()
                    .param().name("at").type(query).required(false)
                        .description("ISO-8601 instant the context is read from; default: now").endParam()
                    .outType(RecommendationResponse.class)
                    .to("direct:api-recommendations-list")
                // No consumes(): the parameters may come in the query alone, with no body and no Content-Type.
                .post("/init").id("recommendations-init-http").description("Recompute a user's recommendations")
                    .type(RecommendationRequest.class).outType(RecommendationResponse.class)
                    .to("direct:api-recommendations-init")
                .delete().id("recommendations-clear-http").description("Forget a user's cached recommendations")
                    .param().name("userId").type(query).required(true).endParam()
                    .outType(ApiSchemas.ClearedLists.class)
                    .to("direct:api-recommendations-clear");

        // InOnly: platform-http answers with the exchange's message whatever its pattern, and an InOut exchange
        // has every pipeline it leaves copy the message with all its headers (the request's) into a new OUT
        // message: several copies a request, 8 % of what a cache hit allocated.
        from("direct:api-recommendations-list").routeId("api-recommendations-list")
                .routeConfigurationId(ApiErrorHandling.ID)
                .setExchangePattern(ExchangePattern.InOnly)
                .process(access::authenticate)
                .process(e -> e.getMessage().setBody(queries.fromParameters(e.getMessage().getHeaders())))
                .process(access.actingFor(RecommendationQuery.class, RecommendationQuery::userId))
                .doTry().to(RecommendationRoutes.LIST).doCatch(Exception.class).process(ErrorReplies::reply).stop().end()
                .process(ApiJson::reply);

        from("direct:api-recommendations-init").routeId("api-recommendations-init")
                .routeConfigurationId(ApiErrorHandling.ID)
                .setExchangePattern(ExchangePattern.InOnly)
                .process(RequestFields::textUnlessForm)
                .process(access::authenticate)
                .process(e -> e.getMessage().setBody(queries.fromBodyOrParameters(e.getMessage().getBody(),
                        e.getMessage().getHeaders())))
                .process(access.actingFor(RecommendationQuery.class, RecommendationQuery::userId))
                .doTry().to(RecommendationRoutes.INIT).doCatch(Exception.class).process(ErrorReplies::reply).stop().end()
                .process(ApiJson::reply);

        from("direct:api-recommendations-clear").routeId("api-recommendations-clear")
                .routeConfigurationId(ApiErrorHandling.ID)
                .process(access::authenticate)
                .process(e -> e.getMessage().setBody(Ids.require(
                        RequestFields.fromQuery(e.getMessage().getHeaders(), UserIdParameter.class).userId(), "userId")))
                .process(access.actingFor(String.class, Function.identity()))
                .setHeader("userId", body())
                .doTry().to(RecommendationRoutes.CLEAR).doCatch(Exception.class).process(ErrorReplies::reply).stop().end()
                .setBody(exchange -> new ApiSchemas.ClearedLists(exchange.getMessage().getHeader("userId", String.class),
                        exchange.getMessage().getBody(Integer.class)))
                .process(ApiJson::reply);
    }
}
