package io.ctxrec.adapters.jdbc;

class RatingsIT extends RatingsContract {
    @Override
    TestDatabase createDatabase() {
        return TestDatabase.mariaDb();
    }
}
