package io.ctxrec.adapters.jdbc;

/**
 * Where the database is, how large its connection pool may grow, and how long the service waits for it.
 *
 * @param url                     {@code jdbc:h2:...} (embedded) or {@code jdbc:mysql://...} (MySQL 8 / MariaDB 10.11)
 * @param user                    login; null means none
 * @param password                password; null means none
 * @param maxPoolSize             most connections held open at once, at least 1
 * @param connectionTimeoutMillis longest wait for a pooled connection, at least 250 (HikariCP's floor)
 * @param queryTimeoutSeconds     longest a single query or update of the request path may run; 0: no limit
 * @param retryAfterSeconds       once the database could not be reached, how long callers are refused at
 *                                once before one of them tries it again, at least 1
 */
public record DatabaseSettings(String url, String user, String password, int maxPoolSize,
                               long connectionTimeoutMillis, int queryTimeoutSeconds, int retryAfterSeconds) {

    public DatabaseSettings {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("database url is required");
        }
        url = url.trim();
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("database maxPoolSize must be at least 1, was " + maxPoolSize);
        }
        if (connectionTimeoutMillis < 250) {
            throw new IllegalArgumentException("database connection timeout must be at least 250 ms, was "
                    + connectionTimeoutMillis);
        }
        if (queryTimeoutSeconds < 0) {
            throw new IllegalArgumentException("database query timeout must not be negative, was " + queryTimeoutSeconds);
        }
        if (retryAfterSeconds < 1) {
            throw new IllegalArgumentException("database retry-after must be at least 1 s, was " + retryAfterSeconds);
        }
    }

    /** The shipped timeouts: 1.5 s for a connection, 2 s per query, a retry after 1 s. */
    public DatabaseSettings(String url, String user, String password, int maxPoolSize) {
        this(url, user, password, maxPoolSize, 1500, 2, 1);
    }

    /** Never prints the password: settings end up in logs. */
    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", user=" + user + ", password=***, maxPoolSize=" + maxPoolSize
                + ", connectionTimeoutMillis=" + connectionTimeoutMillis + ", queryTimeoutSeconds=" + queryTimeoutSeconds
                + ", retryAfterSeconds=" + retryAfterSeconds + "]";
    }
}
