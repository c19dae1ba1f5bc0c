package io.ctxrec.app;

import io.ctxrec.adapters.jdbc.TestDatabase;

/** {@link HostileRequestsContract} on the embedded H2 database. */
class HostileRequestsTest extends HostileRequestsContract {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
