package io.ctxrec.adapters.jdbc;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/** The few JDBC moves every adapter makes: parameterised queries, updates and transactions. */
final class Jdbc {

    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    static final Binder NO_PARAMETERS = statement -> { };

    private final DataSource dataSource;
    private final int queryTimeoutSeconds;
    private final Retry rolledBackRetry = rolledBackRetry();

    /** {@code queryTimeoutSeconds}: the longest a single query or update may run (0: no limit). */
    Jdbc(DataSource dataSource, int queryTimeoutSeconds) {
        this.dataSource = dataSource;
        this.queryTimeoutSeconds = queryTimeoutSeconds;
    }

    /**
     * The same database without the query timeout: for the pages of a whole-table read (the training's), which
     * are no request; a busy database once made a 5,000-row page outlast the 2 s a request may wait, and the
     * nightly retrain failed.
     */
    Jdbc unlimited() {
        return queryTimeoutSeconds == 0 ? this : new Jdbc(dataSource, 0);
    }

    <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        return withConnection(sql, connection -> query(connection, sql, timed(binder), mapper));
    }

    <T> Optional<T> queryOne(String sql, Binder binder, RowMapper<T> mapper) {
        return query(sql, binder, mapper).stream().findFirst();
    }

    long count(String sql, Binder binder) {
        return queryOne(sql, binder, row -> row.getLong(1)).orElse(0L);
    }

    int update(String sql, Binder binder) {
        return update(sql, sql, binder);
    }

    /** An update whose failure is reported as {@code what} (e.g. "rating of u1 on p1"). */
    int update(String what, String sql, Binder binder) {
        return withConnection(what, connection -> update(connection, sql, timed(binder)));
    }

    private Binder timed(Binder binder) {
        return queryTimeoutSeconds == 0 ? binder : statement -> {
            statement.setQueryTimeout(queryTimeoutSeconds);
            binder.bind(statement);
        };
    }

    /**
     * Runs {@code work} in one transaction: committed if it returns, rolled back if it throws anything. A
     * transaction the database rolls back on its own (SQLState class 40: a deadlock or a serialization
     * failure, which InnoDB answers with "try restarting transaction") is run again, up to
     * {@value #TRANSACTION_ATTEMPTS} times in all: {@code work} must touch nothing but the connection.
     */
    <T> T inTransaction(String what, Work<T> work) {
        return withConnection(what, connection -> {
            connection.setAutoCommit(false);
            try {
                return rolledBackRetry.executeCheckedSupplier(() -> attempt(connection, work));
            } catch (SQLException | RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException("unexpected failure of " + what, t);
            } finally {
                connection.setAutoCommit(true);
            }
        });
    }

    static final int TRANSACTION_ATTEMPTS = 5;

    /**
     * Runs again what the database rolled back, after a short random wait, longer each attempt, so the
     * transactions that collided do not collide again.
     */
    private static Retry rolledBackRetry() {
        return Retry.of("jdbc-transaction", RetryConfig.custom()
                .maxAttempts(TRANSACTION_ATTEMPTS)
                .retryOnException(e -> e instanceof SQLException s && rolledBackByTheDatabase(s))
                .intervalFunction(attempt -> ThreadLocalRandom.current().nextLong(1, 1 + 5L * attempt))
                .build());
    }

    private static <T> T attempt(Connection connection, Work<T> work) throws SQLException {
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            connection.rollback();
            throw e;
        }
    }

    /** A deadlock or serialization failure anywhere in the chain (a batch's failure wraps the cause). */
    static boolean rolledBackByTheDatabase(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    static <T> List<T> query(Connection connection, String sql, Binder binder, RowMapper<T> mapper)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rows.next()) {
                    out.add(mapper.map(rows));
                }
                return out;
            }
        }
    }

    static int update(Connection connection, String sql, Binder binder) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            return statement.executeUpdate();
        }
    }

    private <T> T withConnection(String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw SqlErrors.translate(what, e);
        }
    }
}
