package io.ctxrec.routes.api;

import io.vertx.ext.web.RoutingContext;
import org.apache.camel.CamelContext;
import org.apache.camel.StartupListener;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;

/**
 * JSON instead of Vert.x's HTML for requests no route takes: 404 for an unknown path, 405 for a known
 * path with another method. Installed once the HTTP server's router exists (after start).
 */
final class NotFoundReplies implements StartupListener {

    @Override
    public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {
        // the router is created when the server starts, which is after this call on a fresh start
    }

    @Override
    public void onCamelContextFullyStarted(CamelContext context, boolean alreadyStarted) {
        for (VertxPlatformHttpRouter router : context.getRegistry().findByType(VertxPlatformHttpRouter.class)) {
            router.errorHandler(404, rc -> reply(rc, 404, "not-found", "no such endpoint: " + rc.request().path()
                    + "; GET /api/openapi.json lists them"));
            router.errorHandler(405, rc -> reply(rc, 405, "method-not-allowed", rc.request().method() + " is not allowed on "
                    + rc.request().path()));
        }
    }

    private static void reply(RoutingContext rc, int status, String code, String message) {
        if (!rc.response().ended()) {
            rc.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                    .end(ErrorReplies.body(code, message));
        }
    }
}
