package io.ctxrec.adapters.jdbc;

class ModelStoreTest extends ModelStoreContract {
    @Override
    TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
