package io.ctxrec.routes.api;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;

/**
 * {@code GET /health}: the ctxrec health checks; 200 when all are UP (DEGRADED when one is UP with the
 * {@code degraded} detail: the service answers, with less than it should), else 503 DOWN.
 */
public final class HealthReport {
    static final String GROUP = "ctxrec";

    private HealthReport() {
    }

    static void write(Exchange exchange) {
        CamelContext context = exchange.getContext();
        // Called one by one: HealthCheckHelper.invoke collapses all-UP results to one at the default exposure level.
        Collection<HealthCheck.Result> results = HealthCheckRegistry.get(context).stream()
                .filter(check -> GROUP.equals(check.getGroup())).map(HealthCheck::call).toList();
        boolean up = !results.isEmpty() && results.stream().allMatch(r -> r.getState() == HealthCheck.State.UP);
        Map<String, Object> checks = new LinkedHashMap<>();
        results.forEach(r -> checks.put(r.getCheck().getId(), describe(r)));
        boolean degraded = results.stream().anyMatch(r -> Boolean.TRUE.equals(r.getDetails().get(ModelsHealthCheck.DEGRADED)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", !up ? "DOWN" : degraded ? "DEGRADED" : "UP");
        body.put("checks", checks);
        exchange.getMessage().setBody(body);
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, up ? 200 : 503);
    }

    /** One check's result: its status, message and details. */
    static Map<String, Object> describe(HealthCheck.Result r) {
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("status", r.getState().name());
        r.getMessage().ifPresent(m -> check.put("message", m));
        r.getDetails().forEach((k, v) -> {
            if (!HealthCheckHelper.isReservedKey(k)) {
                check.put(k, v);
            }
        });
        return check;
    }
}
