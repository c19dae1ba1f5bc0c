package io.ctxrec.routes.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpServer;
import io.ctxrec.app.ServiceGraphFixture;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link JwtKeysScenario} with a JWKS URL, served by a small HTTP server in the test that holds an RSA and an EC
 * key: the token's kid picks the key; the document is fetched once and cached.
 */
class JwksKeysTest extends JwtKeysScenario {
    private static final TestTokens RSA = TestTokens.rs256("rsa-2024");
    private static final TestTokens EC = TestTokens.es256("ec-2024");
    private static final TestTokens IMPOSTOR = TestTokens.rs256("rsa-2024");
    private static final AtomicInteger FETCHES = new AtomicInteger();
    private static HttpServer server;

    @BeforeAll
    static void serveTheKeySet() throws IOException {
        byte[] document = new JWKSet(List.of(RSA.publicJwk(), EC.publicJwk())).toString().getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/.well-known/jwks.json", exchange -> {
            FETCHES.incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, document.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(document);
            }
        });
        server.start();
    }

    @AfterAll
    static void stopServing() {
        server.stop(0);
    }

    JwksKeysTest() {
        super(RSA, IMPOSTOR);
    }

    @Override
    ServiceGraphFixture trusting(ServiceGraphFixture service) {
        return service.set("ctxrec.auth.jwt.jwks-url",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json");
    }

    @Test
    void theKidPicksTheEcKeyAndTheSetIsFetchedOnce() throws Exception {
        int before = FETCHES.get();

        assertThat(status(list("alice", EC.forUser("alice", NOW)))).isEqualTo(200);
        assertThat(status(list("bob", RSA.forUser("bob", NOW)))).isEqualTo(200);
        assertThat(FETCHES.get() - before).isEqualTo(1);
    }

    @Test
    void aKidTheSetDoesNotHaveIs401() throws Exception {
        assertError(list("alice", TestTokens.rs256("rsa-unknown").forUser("alice", NOW)), 401, "unauthorized",
                "not signed with an accepted algorithm and key (RS256)");
    }
}
