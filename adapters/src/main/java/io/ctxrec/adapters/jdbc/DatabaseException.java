package io.ctxrec.adapters.jdbc;

/** The database failed for a reason that is not the caller's input: unreachable, deadlock, full disk. */
public final class DatabaseException extends RuntimeException {

    DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
