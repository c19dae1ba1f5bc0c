package io.ctxrec.adapters.jdbc;

class ClusterTablesIT extends ClusterTablesContract {
    @Override
    TestDatabase createDatabase() {
        return TestDatabase.mariaDb();
    }
}
