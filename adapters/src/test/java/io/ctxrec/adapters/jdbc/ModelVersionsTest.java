package io.ctxrec.adapters.jdbc;

class ModelVersionsTest extends ModelVersionsContract {
    @Override
    TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
