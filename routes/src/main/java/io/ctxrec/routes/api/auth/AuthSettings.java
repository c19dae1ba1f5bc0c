package io.ctxrec.routes.api.auth;

import io.ctxrec.adapters.config.CtxrecConfig;
import java.time.Duration;
import java.util.Objects;

/**
 * Authentication as configured ({@code ctxrec.auth.*}, {@code ctxrec.admin.token}).
 *
 * @param maxFailures     failed authentications one client address may make per {@code failureWindow} before it
 *                        is refused (429) until the window ends; 0: no limit
 * @param addressHeader   the header a trusted proxy puts the client's address in (its last entry is used), or
 *                        null to use the connection's address
 */
public record AuthSettings(AuthMode mode, String adminToken, JwtSettings jwt, int maxFailures, Duration failureWindow,
                           String addressHeader) {
    public AuthSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(jwt, "jwt");
        if (maxFailures < 0) {
            throw new IllegalArgumentException("ctxrec.auth.failures.max must not be negative, was " + maxFailures);
        }
        if (failureWindow.isNegative() || failureWindow.isZero()) {
            throw new IllegalArgumentException("ctxrec.auth.failures.window-seconds must be positive");
        }
        if (mode == AuthMode.JWT) {
            jwt.requireOneKeySource();
        }
    }

    public static AuthSettings fromConfig(CtxrecConfig config) {
        JwtSettings jwt = new JwtSettings(optional(config, "ctxrec.auth.jwt.secret"),
                optional(config, "ctxrec.auth.jwt.public-key"), optional(config, "ctxrec.auth.jwt.jwks-url"),
                optional(config, "ctxrec.auth.jwt.issuer"), optional(config, "ctxrec.auth.jwt.audience"),
                Duration.ofSeconds(config.getInt("ctxrec.auth.jwt.clock-skew-seconds")),
                optional(config, "ctxrec.auth.jwt.admin-claim"), optional(config, "ctxrec.auth.jwt.admin-value"));
        return new AuthSettings(AuthMode.parse(config.get("ctxrec.auth.mode")), config.get("ctxrec.admin.token"), jwt,
                config.getInt("ctxrec.auth.failures.max"),
                Duration.ofSeconds(config.getInt("ctxrec.auth.failures.window-seconds")),
                optional(config, "ctxrec.auth.failures.address-header"));
    }

    private static String optional(CtxrecConfig config, String key) {
        String value = config.get(key);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
