package io.ctxrec.adapters.jdbc;

class EncoderStoreTest extends EncoderStoreContract {
    @Override
    TestDatabase createDatabase() {
        return TestDatabase.h2();
    }
}
