package io.ctxrec.adapters.jdbc;

class RatingsTest extends RatingsContract {
    @Override
    TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
