package io.ctxrec.routes.api;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * {@code GET /health} (JSON, 200 UP / 503 DOWN), {@code GET /health/ready} (readiness: 200 UP / 503 DOWN)
 * and {@code GET /metrics} (Prometheus text). Liveness, {@code GET /health/live}, needs no route
 * ({@link AvailabilityGate}).
 */
public class ObservabilityRoutes extends RouteBuilder {
    private final ServiceMetrics metrics;
    private final ReadinessReport readiness;

    public ObservabilityRoutes(ServiceMetrics metrics, ReadinessReport readiness) {
        this.metrics = metrics;
        this.readiness = readiness;
    }

    @Override
    public void configure() {
        from("platform-http:/health?httpMethodRestrict=GET").routeId("health-http")
                .to("direct:health");
        from("direct:health").routeId("health")
                .routeConfigurationId(ApiErrorHandling.ID)
                .process(HealthReport::write)
                .process(ApiJson::reply);

        from("platform-http:/health/ready?httpMethodRestrict=GET").routeId("health-ready-http")
                .to("direct:health-ready");
        from("direct:health-ready").routeId("health-ready")
                .routeConfigurationId(ApiErrorHandling.ID)
                .process(readiness::write)
                .process(ApiJson::reply);

        from("platform-http:/metrics?httpMethodRestrict=GET").routeId("metrics-http")
                .to("direct:metrics");
        from("direct:metrics").routeId("metrics")
                .routeConfigurationId(ApiErrorHandling.ID)
                .process(e -> e.getMessage().setBody(metrics.scrape()))
                .setHeader(Exchange.CONTENT_TYPE, constant("text/plain; version=0.0.4; charset=utf-8"));
    }
}
