package io.ctxrec.routes.api.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys a token's signature is checked with, each pinned to its algorithm: a secret verifies HS256 only, an
 * RSA key RS256 only, a P-256 key ES256 only, so a token cannot choose how it is checked (no {@code none}, no
 * HS256 signed with the public key). A JWKS URL's keys are fetched, cached and re-fetched for an unknown
 * {@code kid} by nimbus' {@link JWKSourceBuilder} (at most every 30 s).
 */
final class TokenKeys {
    private static final int HS256_MIN_BYTES = 32;
    private static final int JWKS_TIMEOUT_MS = 2_000;
    private static final int JWKS_MAX_BYTES = 512 * 1024;

    private TokenKeys() {
    }

    static JWSKeySelector<SecurityContext> of(JwtSettings settings) {
        if (settings.secret() != null) {
            byte[] secret = settings.secret().getBytes(StandardCharsets.UTF_8);
            if (secret.length < HS256_MIN_BYTES) {
                throw new IllegalArgumentException("ctxrec.auth.jwt.secret must be at least " + HS256_MIN_BYTES
                        + " bytes for HS256, was " + secret.length);
            }
            return pinned(JWSAlgorithm.HS256, new SecretKeySpec(secret, "HmacSHA256"));
        }
        if (settings.publicKey() != null) {
            PublicKey key = PemKeys.publicKey(settings.publicKey());
            return pinned(algorithmOf(key), key);
        }
        JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(url(settings.jwksUrl()),
                new DefaultResourceRetriever(JWKS_TIMEOUT_MS, JWKS_TIMEOUT_MS, JWKS_MAX_BYTES)).build();
        return new JWSVerificationKeySelector<>(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256), keys);
    }

    private static JWSAlgorithm algorithmOf(PublicKey key) {
        if (key instanceof RSAPublicKey) {
            return JWSAlgorithm.RS256;
        }
        if (key instanceof ECPublicKey ec && Curve.P_256.equals(Curve.forECParameterSpec(ec.getParams()))) {
            return JWSAlgorithm.ES256;
        }
        throw new IllegalArgumentException("ctxrec.auth.jwt.public-key must be an RSA key (RS256) or a P-256 EC key"
                + " (ES256), was " + key.getAlgorithm());
    }

    private static JWSKeySelector<SecurityContext> pinned(JWSAlgorithm algorithm, Key key) {
        List<Key> only = List.of(key);
        return (header, context) -> algorithm.equals(header.getAlgorithm()) ? only : List.of();
    }

    private static java.net.URL url(String value) {
        try {
            URI uri = URI.create(value);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
                throw new IllegalArgumentException("not http(s)");
            }
            return uri.toURL();
        } catch (IllegalArgumentException | MalformedURLException e) {
            throw new IllegalArgumentException("ctxrec.auth.jwt.jwks-url must be an http(s) URL, was '" + value + "'", e);
        }
    }
}
