package io.ctxrec.routes.api;

import io.ctxrec.routes.recommend.RecommendationQuery;
import io.ctxrec.routes.recommend.RecommendationResponse;
import io.ctxrec.routes.recommend.ServiceOverloadedException;
import java.util.List;
import java.util.Map;
import org.apache.camel.builder.RouteBuilder;

/**
 * Stand-ins for the scoring side's routes: they echo the query they were given (in {@code context}) so
 * tests see exactly what the API built; clearing "removes" 3 rows for any user but "nobody" (unknown); init
 * for "busy" finds the service overloaded.
 */
final class StubRecommendationRoutes extends RouteBuilder {
    static final int REMOVED = 3;

    @Override
    public void configure() {
        from("direct:recommendations-list").routeId("recommendations-list")
                .process(e -> e.getMessage().setBody(echo(e.getMessage().getBody(RecommendationQuery.class), "cache")));
        from("direct:recommendations-init").routeId("recommendations-init")
                .process(e -> {
                    RecommendationQuery q = e.getMessage().getBody(RecommendationQuery.class);
                    if (q.userId().equals("busy")) {
                        throw new ServiceOverloadedException("overloaded: stub");
                    }
                    e.getMessage().setBody(echo(q, "model"));
                });
        from("direct:recommendations-clear").routeId("recommendations-clear")
                .process(e -> {
                    if (e.getMessage().getBody(String.class).equals("nobody")) {
                        throw new IllegalStateException("stub: a failure with a secret detail");
                    }
                    e.getMessage().setBody(REMOVED);
                });
    }

    /** The query's fields as the response's context, its extra features as ctx_<name>. */
    private static Map<String, String> echoed(RecommendationQuery q) {
        Map<String, String> fields = new java.util.HashMap<>(Map.of("limit", String.valueOf(q.limit()),
                "deviceType", q.deviceType().code(), "at", q.at().toString()));
        q.extraContext().forEach((name, value) -> fields.put("ctx_" + name, value));
        return fields;
    }

    static RecommendationResponse echo(RecommendationQuery q, String source) {
        return new RecommendationResponse(q.userId(), source, source.equals("cache"), "ENCM", "v1",
                echoed(q),
                Map.of(), List.of(), q.at());
    }
}
