package io.ctxrec.routes.api.auth;

import com.nimbusds.jose.Algorithm;
import com.nimbusds.jose.Header;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bearer token to the {@link Caller} it stands for, with nimbus-jose-jwt: the signature against the configured
 * keys ({@link TokenKeys}), then the claims ({@link TokenClaims}); {@code sub} is the user, the admin claim makes
 * an admin. Anything else is a 401 {@link AuthFailure} saying what was wrong.
 */
final class UserTokens {
    private static final Logger LOG = LoggerFactory.getLogger(UserTokens.class);

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final String adminClaim;
    private final String adminValue;

    UserTokens(JwtSettings settings, Clock clock) {
        processor.setJWSKeySelector(TokenKeys.of(settings));
        processor.setJWTClaimsSetVerifier(new TokenClaims(settings, clock));
        this.adminClaim = settings.adminClaim();
        this.adminValue = settings.adminValue();
    }

    Caller verify(String token) {
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException e) {
            throw AuthFailure.invalid(unsigned(token) ? "unsigned tokens (alg none) are not accepted"
                    : "the bearer token is neither the admin token nor a JWT");
        }
        if (jwt instanceof PlainJWT) {
            throw AuthFailure.invalid("unsigned tokens (alg none) are not accepted");
        }
        if (!(jwt instanceof SignedJWT signed)) {
            throw AuthFailure.invalid("encrypted tokens are not accepted, only signed ones");
        }
        JWTClaimsSet claims = claims(signed);
        return new Caller(claims.getSubject(), isAdmin(claims));
    }

    private JWTClaimsSet claims(SignedJWT token) {
        try {
            return processor.process(token, null);
        } catch (KeySourceException e) {
            LOG.warn("cannot fetch the keys to verify tokens with: {}", e.getMessage());
            throw AuthFailure.unavailable("the keys to verify tokens with cannot be fetched now; try again shortly");
        } catch (TokenClaims.Refused e) {
            throw AuthFailure.invalid(e.getMessage());
        } catch (BadJWSException e) {
            throw AuthFailure.invalid("the token's signature does not verify");
        } catch (BadJOSEException e) {
            throw AuthFailure.invalid("the token is not signed with an accepted algorithm and key ("
                    + token.getHeader().getAlgorithm() + ")");
        } catch (JOSEException e) {
            throw AuthFailure.invalid("the token's signature cannot be checked");
        }
    }

    /**
     * The admin claim equals, lists or, as space-separated text, contains the admin value. A claim name with dots
     * that no claim has is a path into nested objects ({@code realm_access.roles}).
     */
    private boolean isAdmin(JWTClaimsSet claims) {
        Object value = claims.getClaim(adminClaim);
        if (value == null && adminClaim.contains(".")) {
            String[] path = adminClaim.split("\\.");
            value = claims.getClaim(path[0]);
            for (int i = 1; i < path.length; i++) {
                value = value instanceof Map<?, ?> map ? map.get(path[i]) : null;
            }
        }
        if (value instanceof Collection<?> values) {
            return values.stream().anyMatch(v -> adminValue.equals(String.valueOf(v)));
        }
        if (value instanceof String text) {
            return Arrays.asList(text.trim().split("\\s+")).contains(adminValue);
        }
        return value instanceof Boolean flag && flag.toString().equals(adminValue);
    }

    private static boolean unsigned(String token) {
        try {
            return Algorithm.NONE.equals(Header.parse(new Base64URL(token.split("\\.", 2)[0])).getAlgorithm());
        } catch (ParseException | RuntimeException e) {
            return false;
        }
    }
}
