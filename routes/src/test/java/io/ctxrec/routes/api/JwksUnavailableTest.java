package io.ctxrec.routes.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.app.ServiceGraphFixture;
import java.net.ServerSocket;
import java.util.Map;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/** A JWKS URL that cannot be fetched: a token request is the service's trouble (503), not the client's (401). */
class JwksUnavailableTest extends ApiRouteTestSupport {

    @Override
    ServiceGraphFixture configure(ServiceGraphFixture service) {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return service.set("ctxrec.auth.mode", "jwt").set("ctxrec.auth.jwt.jwks-url", "http://127.0.0.1:" + closed + "/jwks");
    }

    @Test
    void aTokenWhoseKeysCannotBeFetchedIs503WithRetryAfter() throws Exception {
        String token = TestTokens.rs256("rsa-1").forUser("alice", ServiceGraphFixture.NOW);

        Exchange reply = call("direct:api-recommendations-list", null, Map.of("userId", "alice",
                "Authorization", "Bearer " + token));

        assertError(reply, 503, "unavailable", "cannot be fetched");
        assertThat(reply.getMessage().getHeader("Retry-After", String.class)).isEqualTo("5");
    }
}
