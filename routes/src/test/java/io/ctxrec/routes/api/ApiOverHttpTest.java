package io.ctxrec.routes.api;

import io.ctxrec.adapters.jdbc.TestDatabase;

/** The HTTP scenario on in-memory H2. */
class ApiOverHttpTest extends ApiOverHttpScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
