package io.ctxrec.adapters.jdbc;

class SchemaTest extends SchemaContract {
    @Override
    TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
