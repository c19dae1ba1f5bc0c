package io.ctxrec.adapters.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Writes many rows with one statement, sent in JDBC batches so neither side holds them all at once. */
final class Batches {
    static final int SIZE = 2000;

    interface RowBinder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    private Batches() {
    }

    /** Executes {@code sql} once per row; the caller owns the transaction. Returns the row count. */
    static <T> int execute(Connection connection, String sql, Iterable<T> rows, RowBinder<? super T> binder)
            throws SQLException {
        int n = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (T row : rows) {
                binder.bind(statement, row);
                statement.addBatch();
                if (++n % SIZE == 0) {
                    statement.executeBatch();
                }
            }
            if (n % SIZE != 0) {
                statement.executeBatch();
            }
        }
        return n;
    }
}
