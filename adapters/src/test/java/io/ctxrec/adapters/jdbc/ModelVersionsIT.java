package io.ctxrec.adapters.jdbc;

class ModelVersionsIT extends ModelVersionsContract {
    @Override
    TestDatabase createDatabase() {
        return TestDatabase.mariaDb();
    }
}
