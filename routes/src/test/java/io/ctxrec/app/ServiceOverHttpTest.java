package io.ctxrec.app;

import io.ctxrec.adapters.jdbc.TestDatabase;

/** {@link ServiceOverHttpContract} on the embedded H2 database. */
class ServiceOverHttpTest extends ServiceOverHttpContract {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
