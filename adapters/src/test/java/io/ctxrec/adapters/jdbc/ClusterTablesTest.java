package io.ctxrec.adapters.jdbc;

class ClusterTablesTest extends ClusterTablesContract {
    @Override
    TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
