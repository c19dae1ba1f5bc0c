package io.ctxrec.routes.api;

import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.StartupListener;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.apache.camel.support.service.ServiceSupport;

/**
 * JSON for the requests refused before any route sees them, as for every other error: those Vert.x cannot
 * parse ({@link #invalidRequest}: 414 for a too long request line, 431 for too large headers, 400 for a
 * malformed request line such as CR/LF in the target), those the router fails (413 for a too large body), and
 * a query that is not strict {@code name=value&...} (a bad percent-escape, a parameter given twice): a 400
 * from a first handler on the platform-http router, before Camel reads the query into headers.
 */
public final class HttpRejections implements StartupListener {
    private static final Map<Integer, String> CODES = Map.of(400, "bad-request", 404, "not-found",
            405, "method-not-allowed", 413, "payload-too-large", 414, "uri-too-long", 415, "unsupported-media-type",
            431, "headers-too-large");

    /**
     * Makes the HTTP server answer these in JSON: a Vert.x instance of its own for platform-http to find
     * ({@link JsonRejectingVertx}, closed when the context stops) and the router's handlers once it starts;
     * {@code onServerCreated} runs as the HTTP server is created, before it listens.
     */
    public static void install(CamelContext context, Runnable onServerCreated) throws Exception {
        Vertx vertx = JsonRejectingVertx.wrap(Vertx.vertx(), onServerCreated);
        context.getRegistry().bind("ctxrecVertx", vertx);
        context.addService(new ServiceSupport() {
            @Override
            protected void doStop() throws Exception {
                vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            }
        }, true, true);
        context.addStartupListener(new HttpRejections());
    }

    /** Vert.x's handler for a request its HTTP decoder refused; the connection is closed after the answer. */
    public static void invalidRequest(HttpServerRequest request) {
        DecoderResult result = request.decoderResult();
        Throwable cause = result == null ? null : result.cause();
        if (cause instanceof TooLongHttpLineException) {
            reply(request.response(), 414, "the request line (method, path and query) is too long; send long input"
                    + " in a POST body");
        } else if (cause instanceof TooLongHttpHeaderException) {
            reply(request.response(), 431, "the request headers are too large (too long or too many)");
        } else {
            reply(request.response(), 400, "the request is not valid HTTP/1.1 (a malformed request line or header)");
        }
    }

    @Override
    public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {
        // the routers exist once the HTTP server has started, see below
    }

    @Override
    public void onCamelContextFullyStarted(CamelContext context, boolean alreadyStarted) {
        for (VertxPlatformHttpRouter router : context.getRegistry().findByType(VertxPlatformHttpRouter.class)) {
            router.route().order(-1_000).handler(HttpRejections::checkRequestLine);
            answerFailures(router);
            // the server's own router, which mounts this one, reads the bodies (a 413 is its failure)
            if (router.getServer() != null && router.getServer().getServer().requestHandler() instanceof Router main) {
                answerFailures(main);
            }
        }
    }

    private static void answerFailures(Router router) {
        for (int status : new int[] {400, 413, 415, 500, 501}) {
            router.errorHandler(status, HttpRejections::failed);
        }
    }

    private static void checkRequestLine(RoutingContext rc) {
        String target = rc.request().uri();
        if (rc.request().version() == null) {
            reply(rc.response(), 400, "only HTTP/1.0 and HTTP/1.1 are served");
            return;
        }
        if (hasSpaceOrControl(target)) {
            reply(rc.response(), 400, "the request target must not contain spaces or control characters;"
                    + " percent-encode them");
            return;
        }
        try {
            FormFields.decode(rc.request().query(), "the query");
        } catch (ApiProblem p) {
            reply(rc.response(), p.status(), p.getMessage());
            return;
        }
        rc.next();
    }

    private static boolean hasSpaceOrControl(String target) {
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c <= ' ' || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    private static void failed(RoutingContext rc) {
        int status = rc.statusCode() < 400 ? 500 : rc.statusCode() == 501 ? 400 : rc.statusCode();
        String message = switch (status) {
            case 413 -> "the body is too large";
            case 415 -> "the body's media type is not one this endpoint reads";
            case 500 -> ErrorReplies.GENERIC_MESSAGE;
            default -> "the request could not be read (a malformed body, form or multipart part)";
        };
        if (!rc.response().ended()) {
            reply(rc.response(), status, message);
        }
    }

    private static void reply(HttpServerResponse response, int status, String message) {
        response.setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(ErrorReplies.body(CODES.getOrDefault(status, status >= 500 ? "internal" : "bad-request"), message));
    }
}
