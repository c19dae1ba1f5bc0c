package io.ctxrec.training.pipeline;

import io.ctxrec.adapters.jdbc.TestDatabase;

/** {@link PipelineOnDatabaseContract} on the MariaDB server at 127.0.0.1:3306. */
class PipelineOnDatabaseIT extends PipelineOnDatabaseContract {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.mariaDb();
    }
}
