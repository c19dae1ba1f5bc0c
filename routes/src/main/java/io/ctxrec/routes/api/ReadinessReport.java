package io.ctxrec.routes.api;

import io.ctxrec.routes.api.Availability.Phase;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheck;

/**
 * {@code GET /health/ready}: whether to send this instance requests. 200 UP when its routes have started,
 * it is not shutting down and its database answers; else 503 DOWN. The models are not asked: without them
 * the fallback answers. (While the service starts or drains, {@link AvailabilityGate} answers before this.)
 */
public final class ReadinessReport {
    private final Availability availability;
    private final HealthCheck database;

    public ReadinessReport(Availability availability, HealthCheck database) {
        this.availability = availability;
        this.database = database;
    }

    void write(Exchange exchange) {
        Phase phase = availability.phase();
        Map<String, Object> routes = new LinkedHashMap<>();
        routes.put("status", phase == Phase.READY ? "UP" : "DOWN");
        routes.put("message", switch (phase) {
            case STARTING -> "starting";
            case READY -> "serving";
            case DRAINING -> "shutting down: finishing the requests in flight";
        });
        HealthCheck.Result db = database.call();
        Map<String, Object> checks = new LinkedHashMap<>();
        checks.put("routes", routes);
        checks.put(database.getId(), HealthReport.describe(db));
        boolean ready = phase == Phase.READY && db.getState() == HealthCheck.State.UP;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", ready ? "UP" : "DOWN");
        body.put("checks", checks);
        exchange.getMessage().setBody(body);
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, ready ? 200 : 503);
    }
}
