package io.ctxrec.routes.api;

import io.vertx.ext.web.Route;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.camel.CamelContext;
import org.apache.camel.StartupListener;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;

/**
 * JSON instead of Vert.x's HTML for requests no route takes: 415 for a known path and method whose route
 * takes another media type (a JSON endpoint sent a form or text), 405 for a known path with another method,
 * else 404. A last catch-all route on the platform-http router, added once every consumer has its route.
 */
public final class NotFoundReplies implements StartupListener {

    @Override
    public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {
        // the consumers' routes exist only once the context has fully started
    }

    @Override
    public void onCamelContextFullyStarted(CamelContext context, boolean alreadyStarted) {
        for (VertxPlatformHttpRouter router : context.getRegistry().findByType(VertxPlatformHttpRouter.class)) {
            Route catchAll = router.route().last();
            catchAll.handler(rc -> {
                List<Route> samePath = router.getRoutes().stream()
                        .filter(r -> r != catchAll && r.getPath() != null && matches(r.getPath(), rc.request().path()))
                        .toList();
                boolean methodAllowed = samePath.stream().anyMatch(r -> r.methods() == null || r.methods().isEmpty()
                        || r.methods().contains(rc.request().method()));
                if (methodAllowed) {
                    String type = rc.request().getHeader("Content-Type");
                    reply(rc, 415, "unsupported-media-type", "send a JSON body with Content-Type: application/json"
                            + " to " + rc.request().method() + " " + rc.request().path() + ", was "
                            + (type == null ? "no Content-Type" : "'" + type + "'"));
                } else if (!samePath.isEmpty()) {
                    reply(rc, 405, "method-not-allowed", rc.request().method() + " is not allowed on " + rc.request().path());
                } else {
                    reply(rc, 404, "not-found", "no such endpoint: " + rc.request().path()
                            + "; GET /api/openapi.json lists them");
                }
            });
        }
    }

    /** Vert.x paths name parameters as {@code :id}. */
    private static boolean matches(String template, String path) {
        String regex = Pattern.quote(template).replaceAll(":([A-Za-z0-9_]+)", "\\\\E[^/]+\\\\Q");
        return Pattern.matches(regex, path);
    }

    private static void reply(RoutingContext rc, int status, String code, String message) {
        rc.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(ErrorReplies.body(code, message));
    }
}
