package io.ctxrec.routes.api.auth;

import java.util.Map;

/**
 * A request refused for who sent it: 401 (no or a bad credential), 403 (a good one that may not do this),
 * 429 (too many bad ones from this address) or 503 (the keys to check it with cannot be had). Carries the
 * response headers the status calls for ({@code WWW-Authenticate}, {@code Retry-After}).
 */
public class AuthFailure extends RuntimeException {
    private static final String REALM = "Bearer realm=\"ctxrec\"";

    private final int status;
    private final String code;
    private final transient Map<String, String> headers;

    private AuthFailure(int status, String code, String message, Map<String, String> headers) {
        super(message);
        this.status = status;
        this.code = code;
        this.headers = Map.copyOf(headers);
    }

    /** No credential where one is needed. */
    static AuthFailure missing(String message) {
        return new AuthFailure(401, "unauthorized", message, Map.of("WWW-Authenticate", REALM));
    }

    /** A credential that is not accepted: malformed, unsigned, wrongly signed, expired, not yet valid. */
    static AuthFailure invalid(String message) {
        return new AuthFailure(401, "unauthorized", message, Map.of("WWW-Authenticate",
                REALM + ", error=\"invalid_token\", error_description=\"" + quoted(message) + "\""));
    }

    /** A valid credential that may not act for this user or call this endpoint. */
    static AuthFailure forbidden(String message) {
        return new AuthFailure(403, "forbidden", message, Map.of("WWW-Authenticate",
                REALM + ", error=\"insufficient_scope\""));
    }

    static AuthFailure tooMany(String message, long retryAfterSeconds) {
        return new AuthFailure(429, "too-many-requests", message,
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    static AuthFailure unavailable(String message) {
        return new AuthFailure(503, "unavailable", message, Map.of("Retry-After", "5"));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** Response headers to send with the error. */
    public Map<String, String> headers() {
        return headers;
    }

    private static String quoted(String text) {
        return text.replace("\\", "\\\\").replace("\"", "'");
    }
}
