package io.ctxrec.adapters.jdbc;

class ModelRunLogTest extends ModelRunLogContract {
    @Override
    TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
