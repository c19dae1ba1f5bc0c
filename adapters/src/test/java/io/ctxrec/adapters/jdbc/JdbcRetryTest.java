package io.ctxrec.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class JdbcRetryTest {

    @Test
    void aDeadlockOrSerializationFailureAnywhereInTheChainIsRunAgain() {
        SQLException deadlock = new SQLException("Deadlock found when trying to get lock", "40001", 1213);
        BatchUpdateException batch = new BatchUpdateException("batch failed", null, 0, new int[0], deadlock);

        assertThat(Jdbc.rolledBackByTheDatabase(deadlock)).isTrue();
        assertThat(Jdbc.rolledBackByTheDatabase(batch)).as("the batch's own state is empty; its cause's counts")
                .isTrue();
        assertThat(Jdbc.rolledBackByTheDatabase(new SQLException("serialization failure", "40P01"))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(Jdbc.rolledBackByTheDatabase(new SQLException("Duplicate entry", "23000", 1062))).isFalse();
        assertThat(Jdbc.rolledBackByTheDatabase(new SQLException("no state"))).isFalse();
    }
}
