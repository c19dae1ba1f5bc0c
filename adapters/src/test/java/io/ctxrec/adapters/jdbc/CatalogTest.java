package io.ctxrec.adapters.jdbc;

class CatalogTest extends CatalogContract {
    @Override
    TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
