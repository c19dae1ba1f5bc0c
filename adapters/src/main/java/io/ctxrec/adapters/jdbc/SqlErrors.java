package io.ctxrec.adapters.jdbc;

import java.sql.SQLException;

/** Tells the caller's mistakes (a missing user, a value too long) from the database's own failures. */
final class SqlErrors {

    private SqlErrors() {
    }

    /**
     * SQLSTATE class 22 (data exception) and 23 (integrity constraint violation) come from the input,
     * so they become an {@link IllegalArgumentException}; anything else is a {@link DatabaseException}.
     */
    static RuntimeException translate(String what, SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            String state = s.getSQLState();
            if (state != null && (state.startsWith("22") || state.startsWith("23"))) {
                return new IllegalArgumentException(what + " rejected by the database: " + s.getMessage(), e);
            }
        }
        return new DatabaseException(what + " failed: " + e.getMessage(), e);
    }
}
