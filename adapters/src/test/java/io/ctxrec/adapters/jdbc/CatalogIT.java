package io.ctxrec.adapters.jdbc;

class CatalogIT extends CatalogContract {
    @Override
    TestDatabase createDatabase() {
        return TestDatabase.mariaDb();
    }
}
