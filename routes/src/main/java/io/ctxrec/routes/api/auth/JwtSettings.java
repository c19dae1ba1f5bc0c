package io.ctxrec.routes.api.auth;

import java.time.Duration;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * How user tokens are verified in jwt mode ({@code ctxrec.auth.jwt.*}); exactly one key source is set.
 *
 * @param secret     HS256 shared secret (UTF-8, at least 32 bytes), or null
 * @param publicKey  RS256 or ES256 (P-256) public key: PEM text, or the path of a PEM file; or null
 * @param jwksUrl    a JWKS document's URL (RS256 and ES256 keys, chosen by the token's {@code kid}); or null
 * @param issuer     the {@code iss} every token must carry, or null for any
 * @param audience   a value the token's {@code aud} must contain, or null for any
 * @param clockSkew  leeway for {@code exp} and {@code nbf}
 * @param adminClaim the claim that makes a token an admin's (a dotted path such as {@code realm_access.roles})
 * @param adminValue the value that claim holds (or contains, for a list or a space-separated string)
 */
public record JwtSettings(String secret, String publicKey, String jwksUrl, String issuer, String audience,
                          Duration clockSkew, String adminClaim, String adminValue) {
    public JwtSettings {
        Objects.requireNonNull(clockSkew, "clockSkew");
        if (clockSkew.isNegative()) {
            throw new IllegalArgumentException("ctxrec.auth.jwt.clock-skew-seconds must not be negative");
        }
        if (adminClaim == null || adminValue == null) {
            throw new IllegalArgumentException("ctxrec.auth.jwt.admin-claim and admin-value must be set");
        }
    }

    /** Throws unless exactly one of secret, public key and JWKS URL is set (checked in jwt mode only). */
    void requireOneKeySource() {
        long sources = Stream.of(secret, publicKey, jwksUrl).filter(Objects::nonNull).count();
        if (sources != 1) {
            throw new IllegalArgumentException("ctxrec.auth.mode=jwt needs exactly one of ctxrec.auth.jwt.secret, "
                    + "ctxrec.auth.jwt.public-key and ctxrec.auth.jwt.jwks-url, " + sources + " are set");
        }
    }
}
