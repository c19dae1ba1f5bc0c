package io.ctxrec.routes.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.app.ServiceGraphFixture;
import io.ctxrec.routes.api.ApiErrorHandling;
import io.ctxrec.routes.api.ApiRestConfiguration;
import io.ctxrec.routes.api.FeedbackApiRoutes;
import io.ctxrec.routes.api.NoHttpEngine;
import io.ctxrec.routes.scoring.ScoringRoutes;
import java.time.Instant;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.spi.Registry;
import org.junit.jupiter.api.Test;

/**
 * The routes reading through a {@link RememberedReads} that trusts what it holds for an hour, with the API's
 * feedback routes, which record interactions through it.
 */
class RememberedReadsTest extends RecommendationTestSupport {
    @Override
    ServiceGraphFixture service() {
        return super.service().set("ctxrec.cache.recheck-seconds", "3600");
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        super.bindToRegistry(registry);
        registry.bind("platform-http-engine", new NoHttpEngine());
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return built().routesOf(RecommendationRoutes.class, ScoringRoutes.class, FeedbackApiRoutes.class,
                ApiErrorHandling.class, ApiRestConfiguration.class);
    }

    @Test
    void anInteractionPostedToTheApiMakesTheNextListFresh() {
        context.start();
        String user = shop.buyer(1, 5);
        assertThat(list(user, 10).source()).isEqualTo("model");
        assertThat(list(user, 10).source()).isEqualTo("cache");

        String body = "{\"userId\":\"" + user + "\",\"productId\":\"" + productIds(1).get(0)
                + "\",\"action\":\"purchase\",\"deviceType\":\"mobile\",\"timestamp\":\""
                + Instant.now().plusSeconds(1) + "\"}";
        Exchange posted = template.request("direct:api-interactions-record", e -> {
            e.getMessage().setHeader("Content-Type", "application/json");
            e.getMessage().setBody(body);
        });

        assertThat(posted.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(201);
        assertThat(list(user, 10).source()).isEqualTo("model");
    }

    @Test
    void aListAnsweredFromMemoryNeedsNoDatabaseRow() {
        context.start();
        String user = shop.buyer(1, 6);
        RecommendationResponse made = list(user, 10);
        // Another process removing the row is seen only at the next recheck, an hour away here.
        shop.jdbc.recommendationCache().clear(user);

        RecommendationResponse again = list(user, 10);

        assertThat(again.source()).isEqualTo("cache");
        assertThat(ids(again)).isEqualTo(ids(made));
        assertThat(again.metrics()).isEqualTo(made.metrics());
    }

    @Test
    void clearingThroughTheRoutesForgetsTheListAtOnce() {
        context.start();
        String user = shop.buyer(1, 7);
        list(user, 10);

        template.requestBody("direct:recommendations-clear", user);

        assertThat(list(user, 10).source()).isEqualTo("model");
    }
}
