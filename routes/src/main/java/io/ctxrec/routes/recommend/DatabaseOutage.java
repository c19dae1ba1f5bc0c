package io.ctxrec.routes.recommend;

import io.ctxrec.adapters.jdbc.DatabaseException;
import java.sql.SQLException;

/**
 * Tells a failure of the database itself (unreachable, timed out, refused by the guard) from the caller's
 * mistakes: the adapters' {@link DatabaseException}, or camel-jdbc's raw {@link SQLException}, anywhere in
 * the cause chain, unless the adapters already called it bad input (an {@link IllegalArgumentException}).
 */
public final class DatabaseOutage {
    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException) {
                return false;
            }
            if (t instanceof DatabaseException || t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }
}
