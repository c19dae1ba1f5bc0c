package io.ctxrec.adapters.jdbc;

class RecommendationCacheIT extends RecommendationCacheContract {
    @Override
    TestDatabase createDatabase() {
        return TestDatabase.mariaDb();
    }
}
