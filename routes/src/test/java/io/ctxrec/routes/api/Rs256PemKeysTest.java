package io.ctxrec.routes.api;

import io.ctxrec.app.ServiceGraphFixture;
import org.junit.jupiter.api.Test;

/** {@link JwtKeysScenario} with an RSA public key given as PEM text; the key cannot be used as an HS256 secret. */
class Rs256PemKeysTest extends JwtKeysScenario {
    private static final TestTokens ISSUER = TestTokens.rs256("rsa-1");
    private static final TestTokens IMPOSTOR = TestTokens.rs256("rsa-1");

    Rs256PemKeysTest() {
        super(ISSUER, IMPOSTOR);
    }

    @Override
    ServiceGraphFixture trusting(ServiceGraphFixture service) {
        return service.set("ctxrec.auth.jwt.public-key", ISSUER.publicKeyPem());
    }

    @Test
    void anHs256TokenKeyedWithThePublicKeyIs401() throws Exception {
        String confused = TestTokens.hs256(ISSUER.publicKeyPem()).forUser("alice", NOW);

        assertError(list("alice", confused), 401, "unauthorized", "not signed with an accepted algorithm and key (HS256)");
    }
}
