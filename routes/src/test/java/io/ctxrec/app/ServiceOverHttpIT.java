package io.ctxrec.app;

import io.ctxrec.adapters.jdbc.TestDatabase;

/** {@link ServiceOverHttpContract} on the MariaDB server at 127.0.0.1:3306. */
class ServiceOverHttpIT extends ServiceOverHttpContract {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.mariaDb();
    }
}
