package io.ctxrec.adapters.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The connection pool to the ctxrec database, migrated to the current schema when opened. Embedded
 * H2 ({@code jdbc:h2:...}, run in MySQL mode) and MySQL 8 / MariaDB 10.11 ({@code jdbc:mysql://...})
 * share one set of migrations in {@code db/migration}; see {@link JdbcUrl} for the flags added to the url.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource pool;

    private Database(HikariDataSource pool) {
        this.pool = pool;
    }

    /** Opens the pool and applies any pending migration; fails if the database is unreachable. */
    public static Database open(DatabaseSettings settings) {
        JdbcUrl url = JdbcUrl.of(settings.url());
        HikariConfig config = new HikariConfig();
        config.setPoolName("ctxrec-db");
        config.setJdbcUrl(url.url());
        config.setDriverClassName(url.driverClassName());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration")
                    .failOnMissingLocations(true).load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool);
    }

    public DataSource dataSource() {
        return pool;
    }

    /** Closes every connection; an in-memory H2 database is gone afterwards. */
    @Override
    public void close() {
        pool.close();
    }
}
