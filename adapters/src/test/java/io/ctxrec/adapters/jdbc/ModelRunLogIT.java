package io.ctxrec.adapters.jdbc;

class ModelRunLogIT extends ModelRunLogContract {
    @Override
    TestDatabase createDatabase() {
        return TestDatabase.mariaDb();
    }
}
