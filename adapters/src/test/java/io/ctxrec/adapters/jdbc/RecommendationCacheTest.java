package io.ctxrec.adapters.jdbc;

class RecommendationCacheTest extends RecommendationCacheContract {
    @Override
    TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
