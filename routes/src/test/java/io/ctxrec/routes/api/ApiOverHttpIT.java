package io.ctxrec.routes.api;

import io.ctxrec.adapters.jdbc.TestDatabase;

/** The HTTP scenario on MariaDB at 127.0.0.1:3306, in a fresh database dropped afterwards. */
class ApiOverHttpIT extends ApiOverHttpScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.mariaDb();
    }
}
