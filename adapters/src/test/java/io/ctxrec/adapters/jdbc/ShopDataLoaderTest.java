package io.ctxrec.adapters.jdbc;

class ShopDataLoaderTest extends ShopDataLoaderContract {
    @Override
    TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
