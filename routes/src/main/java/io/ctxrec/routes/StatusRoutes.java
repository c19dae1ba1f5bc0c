package io.ctxrec.routes;

import org.apache.camel.builder.RouteBuilder;

/** {@code GET /api/status}: is the service up, and how much shop data does it see. */
public class StatusRoutes extends RouteBuilder {
    private final ShopStatus status;

    public StatusRoutes(ShopStatus status) {
        this.status = status;
    }

    @Override
    public void configure() {
        from("platform-http:/api/status?httpMethodRestrict=GET").routeId("status-http")
                .to("direct:status")
                .setHeader("Content-Type", constant("application/json"));

        from("direct:status").routeId("status")
                .bean(status, "asJson");
    }
}
