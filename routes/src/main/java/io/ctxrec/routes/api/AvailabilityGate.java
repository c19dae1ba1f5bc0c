package io.ctxrec.routes.api;

import io.ctxrec.routes.api.Availability.Phase;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import org.apache.camel.CamelContext;
import org.apache.camel.StartupListener;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;

/**
 * {@link Availability} at the HTTP server, ahead of every other handler: while the service starts or
 * drains, every request is answered 503 {@code {"error":{"code":"unavailable",...}}} with {@code Retry-After}
 * (instead of Vert.x's 404 page before the routes exist, or a dropped connection while they stop); while it
 * serves, each request counts in flight until its answer ends. {@code GET /health/live} answers 200 in
 * every phase: the process is up and answers HTTP. Answers sent while draining close their connection, so
 * that clients reconnect (to another instance) rather than reuse it.
 */
public final class AvailabilityGate implements StartupListener {
    /** The liveness endpoint, answered here: it needs no route, so it answers during start-up too. */
    public static final String LIVE = "/health/live";
    private static final String RETRY_AFTER_SECONDS = "1";

    private final Availability availability;

    public AvailabilityGate(Availability availability) {
        this.availability = availability;
    }

    /**
     * Puts the gate first on platform-http's router: call it as the HTTP server is created (the router
     * exists then) and before it listens ({@link HttpRejections#install}). The service becomes READY once
     * the context has fully started, when every route's consumer is on the router (add this as a startup
     * listener after {@link NotFoundReplies}, whose JSON 404/405 replies then stand behind them).
     */
    public void guard(CamelContext context) {
        for (VertxPlatformHttpRouter router : context.getRegistry().findByType(VertxPlatformHttpRouter.class)) {
            router.route(LIVE).order(-2_001).handler(this::live);
            router.route().order(-2_000).handler(this::admit);
        }
    }

    private void live(RoutingContext rc) {
        if (rc.request().method() != HttpMethod.GET && rc.request().method() != HttpMethod.HEAD) {
            rc.next();
            return;
        }
        closeIfDraining(rc);
        rc.response().setStatusCode(200).putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-store")
                .end("{\"status\":\"UP\"}");
    }

    private void admit(RoutingContext rc) {
        if (!availability.enter()) {
            boolean starting = availability.phase() == Phase.STARTING;
            closeIfDraining(rc);
            rc.response().setStatusCode(503).putHeader("Content-Type", "application/json")
                    .putHeader("Retry-After", RETRY_AFTER_SECONDS)
                    .end(ErrorReplies.body("unavailable", starting ? "the service is starting; try again shortly"
                            : "the service is shutting down; try again shortly (another instance may answer)"));
            return;
        }
        rc.addEndHandler(ended -> availability.leave());
        rc.addHeadersEndHandler(v -> closeIfDraining(rc));
        rc.next();
    }

    private void closeIfDraining(RoutingContext rc) {
        if (availability.phase() == Phase.DRAINING) {
            rc.response().putHeader("Connection", "close");
        }
    }

    @Override
    public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {
        // the routes' consumers are on the router only once the context has fully started
    }

    @Override
    public void onCamelContextFullyStarted(CamelContext context, boolean alreadyStarted) {
        availability.ready();
    }
}
