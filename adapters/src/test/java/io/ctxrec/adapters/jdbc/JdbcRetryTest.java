package io.ctxrec.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
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

    @Test
    void aTransactionTheDatabaseRolledBackRunsAgain_andOnlyTheLastAttemptIsCommitted() {
        Jdbc jdbc = tableOfNumbers("again");
        AtomicInteger attempts = new AtomicInteger();

        String result = jdbc.inTransaction("numbers", connection -> {
            Jdbc.update(connection, "INSERT INTO numbers VALUES (?)", s -> s.setInt(1, attempts.incrementAndGet()));
            if (attempts.get() < 3) {
                throw new SQLException("Deadlock found when trying to get lock", "40001", 1213);
            }
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(attempts).hasValue(3);
        assertThat(jdbc.query("SELECT n FROM numbers", Jdbc.NO_PARAMETERS, row -> row.getInt(1))).containsExactly(3);
    }

    @Test
    void aTransactionIsRunAtMostFiveTimes_andAnyOtherFailureOnce() {
        Jdbc jdbc = tableOfNumbers("limits");
        AtomicInteger deadlocked = new AtomicInteger();
        AtomicInteger duplicate = new AtomicInteger();

        assertThatThrownBy(() -> jdbc.inTransaction("always deadlocked", connection -> {
            deadlocked.incrementAndGet();
            throw new SQLException("Deadlock found when trying to get lock", "40001", 1213);
        })).isInstanceOf(RuntimeException.class).hasMessageContaining("always deadlocked");
        assertThatThrownBy(() -> jdbc.inTransaction("duplicate", connection -> {
            duplicate.incrementAndGet();
            throw new SQLException("Duplicate entry", "23000", 1062);
        })).isInstanceOf(RuntimeException.class).hasMessageContaining("duplicate");

        assertThat(deadlocked).hasValue(Jdbc.TRANSACTION_ATTEMPTS);
        assertThat(duplicate).hasValue(1);
    }

    private static Jdbc tableOfNumbers(String name) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:jdbc-retry-" + name + ";DB_CLOSE_DELAY=-1");
        Jdbc jdbc = new Jdbc(h2, 0);
        jdbc.update("CREATE TABLE numbers (n INT)", Jdbc.NO_PARAMETERS);
        return jdbc;
    }
}
