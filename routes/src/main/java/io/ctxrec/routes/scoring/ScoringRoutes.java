package io.ctxrec.routes.scoring;

import io.ctxrec.adapters.family.BuiltInFamilies;
import io.ctxrec.domain.family.ModelFamilies;
import io.ctxrec.domain.scoring.ModelName;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.CircuitBreakerDefinition;
import org.apache.camel.model.Resilience4jConfigurationDefinition;

/**
 * Scores a request: the heuristic fallback when no version serves or the user is new to it; otherwise a
 * circuit breaker around a parallel multicast to one route per model, bounded by a timeout, whose
 * answers are judged by the selection policy: one route per registered model family. A failing or late model drops out; when none answers, or
 * the circuit is open, the fallback answers. In: the exchange properties of the recommendation routes;
 * out: a {@code Recommendation} body and the {@code ctxrecSource} property (model or fallback).
 */
public class ScoringRoutes extends RouteBuilder {
    private static final String ARGS = "(${exchangeProperty.ctxrecProfile}, ${exchangeProperty.ctxrecQuery}, "
            + "${exchangeProperty.ctxrecServing})";

    private final ModelFamilies families;

    /** Scoring the built-in families. */
    public ScoringRoutes() {
        this(BuiltInFamilies.all());
    }

    public ScoringRoutes(ModelFamilies families) {
        this.families = families;
    }

    /** {@code direct:score-encm} and so on, in the multicast's order. */
    public static String endpointOf(ModelName model) {
        return "direct:" + routeIdOf(model);
    }

    public static String routeIdOf(ModelName model) {
        return "score-" + model.key();
    }

    @Override
    public void configure() {
        from("direct:recommendations-score").routeId("recommendations-score")
                .setBody(method("scoringPlan", "task(${exchangeProperty.ctxrecServing}, "
                        + "${exchangeProperty.ctxrecProfile}, ${exchangeProperty.ctxrecQuery})"))
                .choice()
                    // A lambda, not body().isNull(): Camel's binary predicates render the body (a task holding
                    // the whole version) as text for a failure message on every request.
                    .when(exchange -> exchange.getMessage().getBody() == null)
                        .bean("fallbackLists", "recommend" + ARGS)
                    .otherwise()
                        .to("direct:score-guarded")
                .end()
                .setProperty("ctxrecSource", simple("${body.source()}"));

        CircuitBreakerDefinition breaker = from("direct:score-guarded").routeId("score-guarded").circuitBreaker();
        breakerSettings(breaker.resilience4jConfiguration());
        breaker.to("direct:score-models")
                .onFallback()
                    .bean("fallbackLists", "afterFailure" + ARGS)
                .end();

        // stopOnException stays off (the default): one failing model must not stop the others.
        from("direct:score-models").routeId("score-models")
                .multicast(new AnsweredListsAggregation()).parallelProcessing()
                        .timeout("{{ctxrec.scoring.timeout-ms:2000}}")
                    .to(families.names().stream().map(ScoringRoutes::endpointOf).toArray(String[]::new))
                .end()
                .bean("modelChoice", "choose(${body}, ${exchangeProperty.ctxrecProfile}, "
                        + "${exchangeProperty.ctxrecQuery}, ${exchangeProperty.ctxrecServing})");

        for (ModelName model : families.names()) {
            from(endpointOf(model)).routeId(routeIdOf(model))
                    .bean("modelScorer", "topK(${body}, '" + model.displayName() + "')");
        }
    }

    private static void breakerSettings(Resilience4jConfigurationDefinition r) {
        String p = "{{ctxrec.scoring.breaker.";
        r.setSlidingWindowSize(p + "sliding-window-size:20}}");
        r.setMinimumNumberOfCalls(p + "minimum-number-of-calls:10}}");
        r.setFailureRateThreshold(p + "failure-rate-threshold:50}}");
        r.setWaitDurationInOpenState(p + "wait-duration-in-open-state-seconds:30}}");
        r.setPermittedNumberOfCallsInHalfOpenState(p + "permitted-calls-in-half-open-state:3}}");
    }
}
