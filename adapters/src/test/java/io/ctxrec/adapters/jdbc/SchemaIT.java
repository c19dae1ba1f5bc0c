package io.ctxrec.adapters.jdbc;

class SchemaIT extends SchemaContract {
    @Override
    TestDatabase createDatabase() {
        return TestDatabase.mariaDb();
    }
}
