package io.ctxrec.adapters.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The connection pool to the ctxrec database, migrated to the current schema when opened. Embedded
 * H2 ({@code jdbc:h2:...}, run in MySQL mode) and MySQL 8 / MariaDB 10.11 ({@code jdbc:mysql://...})
 * share one set of migrations in {@code db/migration}; see {@link JdbcUrl} for the flags added to the url.
 */
public final class Database implements AutoCloseable {
    private final DatabaseSettings settings;
    private final HikariDataSource pool;
    private final GuardedDataSource guarded;

    private Database(DatabaseSettings settings, HikariDataSource pool) {
        this.settings = settings;
        this.pool = pool;
        this.guarded = new GuardedDataSource(pool, Duration.ofSeconds(settings.retryAfterSeconds()));
    }

    /** Opens the pool and applies any pending migration; fails if the database is unreachable. */
    public static Database open(DatabaseSettings settings) {
        JdbcUrl url = JdbcUrl.of(settings.url(), settings.connectionTimeoutMillis());
        HikariConfig config = new HikariConfig();
        config.setPoolName("ctxrec-db");
        config.setJdbcUrl(url.url());
        config.setDriverClassName(url.driverClassName());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        // An unreachable database answers within this, not HikariCP's 30 s; a connection is checked within less.
        config.setConnectionTimeout(settings.connectionTimeoutMillis());
        config.setValidationTimeout(Math.max(250, settings.connectionTimeoutMillis() * 2 / 3));
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration")
                    .failOnMissingLocations(true).load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(settings, pool);
    }

    /**
     * The pool, guarded: while the database cannot be reached, callers are refused at once (SQLState
     * {@value GuardedDataSource#UNAVAILABLE_STATE}) instead of each waiting the connection timeout.
     */
    public DataSource dataSource() {
        return guarded;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /** Closes every connection; an in-memory H2 database is gone afterwards. */
    @Override
    public void close() {
        pool.close();
    }
}
