package io.ctxrec.adapters.jdbc;

class EncoderStoreIT extends EncoderStoreContract {
    @Override
    TestDatabase createDatabase() {
        return TestDatabase.mariaDb();
    }
}
