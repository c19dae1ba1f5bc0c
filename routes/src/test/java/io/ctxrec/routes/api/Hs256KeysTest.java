package io.ctxrec.routes.api;

import io.ctxrec.app.ServiceGraphFixture;

/** {@link JwtKeysScenario} with an HS256 secret. */
class Hs256KeysTest extends JwtKeysScenario {
    private static final String SECRET = "a-shared-secret-of-at-least-32-bytes";

    Hs256KeysTest() {
        super(TestTokens.hs256(SECRET), TestTokens.hs256("another-secret-that-is-long-enough-too"));
    }

    @Override
    ServiceGraphFixture trusting(ServiceGraphFixture service) {
        return service.set("ctxrec.auth.jwt.secret", SECRET);
    }
}
