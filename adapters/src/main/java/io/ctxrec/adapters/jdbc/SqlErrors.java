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
                // The database's own words (column names, the SQL) stay in the cause, for the log, not the client.
                return new IllegalArgumentException(what + " was refused: a value does not fit its field"
                        + (state.startsWith("23") ? " or names something that does not exist" : ""), e);
            }
        }
        return new DatabaseException(what + " failed: " + e.getMessage(), e);
    }
}
