package io.ctxrec.routes.api;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/** An identity provider's signing key in a test: signs user tokens and shows its public half as PEM or JWK. */
final class TestTokens {
    private final JWSAlgorithm algorithm;
    private final JWSSigner signer;
    private final JWK publicJwk;
    private final PublicKey publicKey;

    private TestTokens(JWSAlgorithm algorithm, JWSSigner signer, JWK publicJwk, PublicKey publicKey) {
        this.algorithm = algorithm;
        this.signer = signer;
        this.publicJwk = publicJwk;
        this.publicKey = publicKey;
    }

    static TestTokens hs256(String secret) {
        try {
            return new TestTokens(JWSAlgorithm.HS256, new MACSigner(secret.getBytes(StandardCharsets.UTF_8)), null, null);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static TestTokens rs256(String keyId) {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID(keyId).generate();
            return new TestTokens(JWSAlgorithm.RS256, new RSASSASigner(key), key.toPublicJWK(), key.toPublicKey());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static TestTokens es256(String keyId) {
        try {
            ECKey key = new ECKeyGenerator(Curve.P_256).keyID(keyId).generate();
            return new TestTokens(JWSAlgorithm.ES256, new ECDSASigner(key), key.toPublicJWK(), key.toPublicKey());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as a PEM "PUBLIC KEY" block. */
    String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(publicKey.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }

    /** The public key as a JWK (with its kid), for a JWKS document. */
    JWK publicJwk() {
        return publicJwk;
    }

    /** {@code sub} = user, valid for five minutes from {@code now}. */
    static JWTClaimsSet.Builder claims(String user, Instant now) {
        return new JWTClaimsSet.Builder().subject(user).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
    }

    String forUser(String user, Instant now) {
        return sign(claims(user, now).build());
    }

    String sign(JWTClaimsSet claims) {
        String keyId = publicJwk == null ? null : publicJwk.getKeyID();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(keyId).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** The same claims, {@code alg: none}, no signature. */
    static String unsigned(JWTClaimsSet claims) {
        return new PlainJWT(claims).serialize();
    }
}
