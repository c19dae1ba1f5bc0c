package io.ctxrec.routes.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.ctxrec.routes.api.auth.AuthFailure;
import io.ctxrec.routes.recommend.DatabaseOutage;
import io.ctxrec.routes.recommend.ServiceOverloadedException;
import java.nio.charset.StandardCharsets;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns the exception an API route caught into {@code {"error":{"code":..,"message":..}}} and its status. */
final class ErrorReplies {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorReplies.class);
    static final String GENERIC_MESSAGE = "internal error; the server log has the details";

    private ErrorReplies() {
    }

    /** Any caught exception: the same mapping as {@link ApiErrorHandling}'s clauses. */
    static void reply(Exchange exchange) {
        if (find(exchange, AuthFailure.class) != null) {
            refused(exchange);
        } else if (find(exchange, ApiProblem.class) != null) {
            problem(exchange);
        } else if (find(exchange, ServiceOverloadedException.class) != null) {
            exchange.getMessage().setHeader("Retry-After", "1");
            reply(exchange, 503, "overloaded", find(exchange, ServiceOverloadedException.class).getMessage());
        } else if (find(exchange, IllegalArgumentException.class) != null
                || find(exchange, JsonProcessingException.class) != null) {
            invalid(exchange);
        } else {
            unexpected(exchange);
        }
    }

    static void problem(Exchange exchange) {
        ApiProblem p = find(exchange, ApiProblem.class);
        reply(exchange, p.status(), p.code(), p.getMessage());
    }

    /** 401, 403, 429 or 503 with the headers that go with it ({@code WWW-Authenticate}, {@code Retry-After}). */
    static void refused(Exchange exchange) {
        AuthFailure f = find(exchange, AuthFailure.class);
        f.headers().forEach(exchange.getMessage()::setHeader);
        reply(exchange, f.status(), f.code(), f.getMessage());
    }

    static void invalid(Exchange exchange) {
        IllegalArgumentException invalid = find(exchange, IllegalArgumentException.class);
        String message = invalid != null ? invalid.getMessage()
                : "invalid JSON: " + find(exchange, JsonProcessingException.class).getOriginalMessage();
        reply(exchange, 400, "bad-request", message);
    }

    static void unexpected(Exchange exchange) {
        if (DatabaseOutage.causedBy(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class))) {
            unavailable(exchange);
            return;
        }
        LOG.error("request failed in route {} ({} {})", exchange.getFromRouteId(),
                exchange.getIn().getHeader(Exchange.HTTP_METHOD), exchange.getIn().getHeader(Exchange.HTTP_PATH),
                exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class));
        reply(exchange, 500, "internal", GENERIC_MESSAGE);
    }

    /**
     * 503 with {@code Retry-After}: the database could not be reached (or timed out). Nothing the request
     * wanted stored was stored; the detail goes to the log once per request, at WARN, without a stack trace.
     */
    static void unavailable(Exchange exchange) {
        LOG.warn("request answered 503 in route {}: {}", exchange.getFromRouteId(),
                exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class).getMessage());
        reply(exchange, 503, "unavailable", "the database is unavailable; nothing was stored, try again shortly");
        exchange.getMessage().setHeader("Retry-After",
                exchange.getContext().resolvePropertyPlaceholders("{{ctxrec.db.retry-after-seconds:1}}"));
    }

    /** The error body; records keep "code" before "message" on every run (Map.of's order varies per JVM). */
    record ErrorBody(Detail error) {
        record Detail(String code, String message) {
        }
    }

    static String body(String code, String message) {
        try {
            return ApiJson.mapper().writeValueAsString(new ErrorBody(new ErrorBody.Detail(code, message)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void reply(Exchange exchange, int status, String code, String message) {
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        exchange.getMessage().setBody(ApiJson.body(body(code, message).getBytes(StandardCharsets.UTF_8)));
    }

    /** The caught exception, or its cause of that type when Camel wrapped it; null if none. */
    private static <T extends Throwable> T find(Exchange exchange, Class<T> type) {
        for (Throwable t = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class); t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
