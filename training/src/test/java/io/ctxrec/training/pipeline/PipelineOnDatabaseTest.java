package io.ctxrec.training.pipeline;

import io.ctxrec.adapters.jdbc.TestDatabase;

/** {@link PipelineOnDatabaseContract} on the embedded H2 database. */
class PipelineOnDatabaseTest extends PipelineOnDatabaseContract {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
