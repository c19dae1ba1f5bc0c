package io.ctxrec.adapters.jdbc;

class ShopDataLoaderIT extends ShopDataLoaderContract {
    @Override
    TestDatabase createDatabase() {
        return TestDatabase.mariaDb();
    }
}
