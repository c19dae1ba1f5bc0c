package io.ctxrec.adapters.jdbc;

class InteractionHistoryTest extends InteractionHistoryContract {
    @Override
    TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
