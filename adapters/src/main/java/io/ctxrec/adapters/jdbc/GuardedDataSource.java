package io.ctxrec.adapters.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The pool as the service uses it: once a connection could not be had (the database is down or
 * unreachable), every caller is refused at once for {@code retryAfter}, instead of each waiting out the
 * pool's timeout; then one caller tries again (the others are still refused) and a success lets everyone
 * through. So an outage costs one connection timeout, not one per request, and recovery needs no restart.
 */
final class GuardedDataSource implements DataSource {
    static final String UNAVAILABLE_STATE = "08001";

    private final DataSource pool;
    private final long retryAfterNanos;
    /** While down: when the next try may be made (System.nanoTime); Long.MIN_VALUE while up. */
    private final AtomicLong nextTry = new AtomicLong(Long.MIN_VALUE);
    private volatile Instant downSince;
    private volatile String lastFailure;

    GuardedDataSource(DataSource pool, Duration retryAfter) {
        this.pool = pool;
        this.retryAfterNanos = retryAfter.toNanos();
    }

    @Override
    public Connection getConnection() throws SQLException {
        long next = nextTry.get();
        if (next != Long.MIN_VALUE && (System.nanoTime() - next < 0 || !nextTry.compareAndSet(next, later()))) {
            throw new SQLTransientConnectionException("database unavailable since " + downSince + ": " + lastFailure,
                    UNAVAILABLE_STATE);
        }
        try {
            Connection connection = pool.getConnection();
            nextTry.set(Long.MIN_VALUE);
            downSince = null;
            return connection;
        } catch (SQLException | RuntimeException e) {
            lastFailure = e.getMessage();
            if (downSince == null) {
                downSince = Instant.now();
            }
            nextTry.set(later());
            throw e;
        }
    }

    /** Since when no connection could be had; null while the database is reachable. */
    Instant downSince() {
        return downSince;
    }

    private long later() {
        return System.nanoTime() + retryAfterNanos;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the pool has its own credentials");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }
}
