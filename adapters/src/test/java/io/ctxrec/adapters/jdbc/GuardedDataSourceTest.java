package io.ctxrec.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class GuardedDataSourceTest {
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicInteger tries = new AtomicInteger();
    private final JdbcDataSource h2 = new JdbcDataSource();
    /** The pool: counts the connections asked of it, and times out while the database is down. */
    private final DataSource pool = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                if (!method.getName().equals("getConnection")) {
                    return method.invoke(h2, args);
                }
                tries.incrementAndGet();
                if (down.get()) {
                    throw new SQLTransientConnectionException("ctxrec-db - Connection is not available, request timed out");
                }
                return h2.getConnection();
            });

    GuardedDataSourceTest() {
        h2.setURL("jdbc:h2:mem:guarded");
    }

    @Test
    void afterOneFailedConnectionCallersAreRefusedAtOnceUntilTheRetryThenOneTriesAndRecoveryLetsAllThrough()
            throws Exception {
        GuardedDataSource guarded = new GuardedDataSource(pool, Duration.ofMillis(300));
        try (Connection c = guarded.getConnection()) {
            assertThat(c.isValid(1)).isTrue();
        }
        down.set(true);
        assertThatThrownBy(guarded::getConnection).hasMessageContaining("request timed out");
        assertThat(guarded.downSince()).isNotNull();

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(guarded::getConnection).isInstanceOf(SQLTransientConnectionException.class)
                    .hasMessageContaining("database unavailable since");
        }
        assertThat(tries).as("refused without asking the pool").hasValue(2);

        down.set(false);
        // Refused without asking the pool until the retry is due; then one try reaches the recovered database.
        try (Connection c = await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                .ignoreExceptionsInstanceOf(SQLTransientConnectionException.class)
                .until(guarded::getConnection, java.util.Objects::nonNull)) {
            assertThat(c.isValid(1)).isTrue();
        }
        assertThat(guarded.downSince()).isNull();
        guarded.getConnection().close();
        assertThat(tries).hasValue(4);
    }

    @Test
    void aRefusalIsADatabaseFailureNotTheCallersMistake() {
        SQLException refused = new SQLTransientConnectionException("database unavailable", GuardedDataSource.UNAVAILABLE_STATE);

        assertThat(SqlErrors.translate("reading", refused)).isInstanceOf(DatabaseException.class);
    }
}
