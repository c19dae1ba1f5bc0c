package io.ctxrec.routes.api.auth;

import java.util.Locale;

/** Who may act for a user ({@code ctxrec.auth.mode}). */
public enum AuthMode {
    /** Anyone may act for any user: the demo. The admin API still needs the admin token. */
    OPEN,
    /** User endpoints need a signed token whose {@code sub} is the user, or an admin's. */
    JWT;

    public static AuthMode parse(String value) {
        return switch (value == null ? "" : value.trim().toLowerCase(Locale.ROOT)) {
            case "open" -> OPEN;
            case "jwt" -> JWT;
            default -> throw new IllegalArgumentException("ctxrec.auth.mode must be open or jwt, was '" + value + "'");
        };
    }

    /** As configured and as /api/status reports it. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
