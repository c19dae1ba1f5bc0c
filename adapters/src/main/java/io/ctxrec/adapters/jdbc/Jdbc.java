package io.ctxrec.adapters.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        return withConnection(sql, connection -> query(connection, sql, binder, mapper));
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
        return withConnection(what, connection -> update(connection, sql, binder));
    }

    /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws anything. */
    <T> T inTransaction(String what, Work<T> work) {
        return withConnection(what, connection -> {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        });
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
