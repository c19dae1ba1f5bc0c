package io.ctxrec.adapters.jdbc;

class ModelStoreIT extends ModelStoreContract {
    @Override
    TestDatabase createDatabase() {
        return TestDatabase.mariaDb();
    }
}
