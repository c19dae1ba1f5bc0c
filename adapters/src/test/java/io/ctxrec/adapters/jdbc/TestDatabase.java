package io.ctxrec.adapters.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A database of its own for one test class: in-memory H2, or a fresh schema on the real MariaDB. */
public interface TestDatabase {

    DatabaseSettings settings();

    void drop();

    /** In-memory, MySQL mode (the flags are appended by {@link Database}); gone when the pool closes. */
    static TestDatabase h2() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:h2:mem:ctxrec_" + UUID.randomUUID(), "sa", "", 4);
        return new TestDatabase() {
            @Override
            public DatabaseSettings settings() {
                return settings;
            }

            @Override
            public void drop() {
            }
        };
    }

    /**
     * A uniquely named database on the MariaDB / MySQL server at {@code ctxrec.it.mysql} (default
     * 127.0.0.1:3306, user root, no password). Throws when the server is unreachable, so the IT fails.
     */
    static TestDatabase mariaDb() {
        String server = System.getProperty("ctxrec.it.mysql", "127.0.0.1:3306");
        String admin = "jdbc:mysql://" + server + "/?user=root";
        String name = "ctxrec_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(admin, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        DatabaseSettings settings = new DatabaseSettings("jdbc:mysql://" + server + "/" + name, "root", "", 4);
        return new TestDatabase() {
            @Override
            public DatabaseSettings settings() {
                return settings;
            }

            @Override
            public void drop() {
                execute(admin, "DROP DATABASE IF EXISTS " + name);
            }
        };
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB at " + url + " is needed for the *IT tests: " + e.getMessage(), e);
        }
    }
}
