package io.ctxrec.routes.api.auth;

import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.JWTClaimsSetVerifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * The claims a signed token must carry: a user ({@code sub}), an expiry ({@code exp}) not passed and a
 * {@code nbf} (if any) reached, both on the service's clock give or take the skew; the issuer and audience when
 * configured. Its messages are the 401's.
 */
final class TokenClaims implements JWTClaimsSetVerifier<SecurityContext> {
    /** A claim refused, in the API's words. */
    static final class Refused extends BadJWTException {
        Refused(String message) {
            super(message);
        }
    }

    private final Clock clock;
    private final Duration skew;
    private final String issuer;
    private final String audience;

    TokenClaims(JwtSettings settings, Clock clock) {
        this.clock = clock;
        this.skew = settings.clockSkew();
        this.issuer = settings.issuer();
        this.audience = settings.audience();
    }

    @Override
    public void verify(JWTClaimsSet claims, SecurityContext context) throws Refused {
        Instant now = clock.instant();
        Instant expires = instant(claims.getExpirationTime());
        if (expires == null) {
            throw new Refused("the token has no expiry (exp)");
        }
        if (!now.isBefore(expires.plus(skew))) {
            throw new Refused("the token expired at " + expires);
        }
        Instant notBefore = instant(claims.getNotBeforeTime());
        if (notBefore != null && now.plus(skew).isBefore(notBefore)) {
            throw new Refused("the token is not valid before " + notBefore);
        }
        if (claims.getSubject() == null || claims.getSubject().isBlank()) {
            throw new Refused("the token names no user (sub)");
        }
        if (issuer != null && !issuer.equals(claims.getIssuer())) {
            throw new Refused("the token's issuer (iss) is not the configured one");
        }
        if (audience != null && (claims.getAudience() == null || !claims.getAudience().contains(audience))) {
            throw new Refused("the token is not meant for this service (aud)");
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
