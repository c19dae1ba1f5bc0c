package io.ctxrec.app;

import io.ctxrec.adapters.jdbc.TestDatabase;

/** {@link HostileRequestsContract} on the MariaDB server at 127.0.0.1:3306, in a database of its own. */
class HostileRequestsIT extends HostileRequestsContract {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.mariaDb();
    }
}
