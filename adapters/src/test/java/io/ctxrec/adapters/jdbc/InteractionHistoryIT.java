package io.ctxrec.adapters.jdbc;

class InteractionHistoryIT extends InteractionHistoryContract {
    @Override
    TestDatabase createDatabase() {
        return TestDatabase.mariaDb();
    }
}
