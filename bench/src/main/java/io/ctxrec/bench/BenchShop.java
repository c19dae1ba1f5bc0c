package io.ctxrec.bench;

import io.ctxrec.adapters.jdbc.Database;
import io.ctxrec.adapters.jdbc.DatabaseSettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The serving benchmark's shop, read and adjusted with plain JDBC, also while the service runs (an H2
 * file is then reached through the service's AUTO_SERVER): its size, whether a version is active, the
 * users to ask for, and how many products are on sale.
 */
final class BenchShop implements AutoCloseable {
    private final Database database;

    BenchShop(DatabaseSettings settings) {
        this.database = Database.open(settings);
    }

    long products() throws SQLException {
        return count("SELECT COUNT(*) FROM products");
    }

    boolean hasActiveVersion() throws SQLException {
        return count("SELECT COUNT(*) FROM active_model WHERE version IS NOT NULL") > 0;
    }

    /** Up to {@code n} users with interactions, in id order: users the trained models know. */
    List<String> users(int n) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT DISTINCT user_id FROM interactions ORDER BY user_id LIMIT ?")) {
            s.setInt(1, n);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
        }
        return ids;
    }

    /** Puts the first {@code n} products (by id) on sale and takes the others off: the candidates of a request. */
    void onSale(int n) throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            String last;
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM products ORDER BY id LIMIT 1 OFFSET ?")) {
                s.setInt(1, n - 1);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new IllegalArgumentException("the bench shop has fewer than " + n + " products");
                    }
                    last = r.getString(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE products SET status = CASE WHEN id <= ? THEN 'S1' ELSE 'S0' END")) {
                s.setString(1, last);
                s.executeUpdate();
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
