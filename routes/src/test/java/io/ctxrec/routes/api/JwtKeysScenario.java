package io.ctxrec.routes.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.app.ServiceGraphFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/**
 * In jwt mode with one kind of key (the subclasses: an HS256 secret, an RS256 or ES256 public key, a JWKS URL):
 * what the key signed acts for its user and no other; another key's signature, an expired and an unsigned token
 * are 401.
 */
abstract class JwtKeysScenario extends ApiRouteTestSupport {
    static final Instant NOW = ServiceGraphFixture.NOW;

    private final TestTokens issuer;
    private final TestTokens impostor;

    /**
     * @param issuer   the identity provider's key, as the service is configured to trust it
     * @param impostor a key of the same kind that the service does not trust
     */
    JwtKeysScenario(TestTokens issuer, TestTokens impostor) {
        this.issuer = issuer;
        this.impostor = impostor;
    }

    /** Sets the key settings ({@code ctxrec.auth.jwt.*}) that trust the issuer. */
    abstract ServiceGraphFixture trusting(ServiceGraphFixture service);

    @Override
    ServiceGraphFixture configure(ServiceGraphFixture service) {
        return trusting(service.set("ctxrec.auth.mode", "jwt"));
    }

    Exchange list(String user, String token) {
        return call("direct:api-recommendations-list", null, Map.of("userId", user, "Authorization", "Bearer " + token));
    }

    @Test
    void aTokenSignedWithTheTrustedKeyActsForItsUser() throws Exception {
        Exchange reply = list("alice", issuer.forUser("alice", NOW));

        assertThat(status(reply)).isEqualTo(200);
        assertThat(json(reply).get("userId").asText()).isEqualTo("alice");
    }

    @Test
    void aGoodTokenNamingAnotherUserIs403() throws Exception {
        assertError(list("bob", issuer.forUser("alice", NOW)), 403, "forbidden", "'alice' only, not for 'bob'");
    }

    @Test
    void aTokenSignedWithAnotherKeyIs401() throws Exception {
        Exchange reply = list("alice", impostor.forUser("alice", NOW));

        assertError(reply, 401, "unauthorized", "signature");
        assertThat(reply.getMessage().getHeader("WWW-Authenticate", String.class)).contains("invalid_token");
    }

    @Test
    void anExpiredTokenIs401() throws Exception {
        String expired = issuer.forUser("alice", NOW.minus(Duration.ofMinutes(10)));

        assertError(list("alice", expired), 401, "unauthorized", "the token expired at 2024-05-01T11:55:00Z");
    }

    @Test
    void anUnsignedTokenIs401() throws Exception {
        assertError(list("alice", TestTokens.unsigned(TestTokens.claims("alice", NOW).build())), 401, "unauthorized",
                "unsigned tokens (alg none) are not accepted");
    }
}
