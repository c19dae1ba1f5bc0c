package io.ctxrec.routes.api;

import io.ctxrec.app.ServiceGraphFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@link JwtKeysScenario} with an EC P-256 public key in a PEM file named by its path. */
class Es256PemFileKeysTest extends JwtKeysScenario {
    private static final TestTokens ISSUER = TestTokens.es256("ec-1");
    private static final TestTokens IMPOSTOR = TestTokens.es256("ec-1");

    Es256PemFileKeysTest() {
        super(ISSUER, IMPOSTOR);
    }

    @Override
    ServiceGraphFixture trusting(ServiceGraphFixture service) {
        try {
            Path pem = Files.writeString(dataDir.resolve("issuer.pem"), ISSUER.publicKeyPem());
            return service.set("ctxrec.auth.jwt.public-key", pem.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
