package io.ctxrec.adapters.jdbc;

import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.model.Rating;
import io.ctxrec.domain.model.User;
import io.ctxrec.domain.port.ShopData;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of every contract test: one migrated database per test class (H2 for {@code *Test}, MariaDB
 * for {@code *IT}), emptied before each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DatabaseContract {
    static final Instant START = Instant.parse("2026-01-05T10:00:00Z");
    private static final List<String> WIPE = List.of(
            "DELETE FROM model_store_versions", "DELETE FROM interactions", "DELETE FROM comments", "DELETE FROM recommendations", "DELETE FROM recommendation_lists", "DELETE FROM model_runs",
            "DELETE FROM rec_user_encoder", "DELETE FROM rec_item_encoder", "DELETE FROM rec_context_mapping",
            "DELETE FROM rec_context_meta", "UPDATE active_model SET version = NULL, switched_at = NULL",
            "DELETE FROM model_versions", "DELETE FROM products", "DELETE FROM users");

    final MutableClock clock = new MutableClock(START);
    private TestDatabase target;
    Database database;
    JdbcAdapters adapters;

    abstract TestDatabase createDatabase();

    @BeforeAll
    void openDatabase() {
        target = createDatabase();
        database = Database.open(target.settings());
        adapters = new JdbcAdapters(database.dataSource(), clock);
    }

    @BeforeEach
    void emptyDatabase() throws SQLException {
        clock.set(START);
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String sql : WIPE) {
                s.executeUpdate(sql);
            }
        }
    }

    @AfterAll
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
        if (target != null) {
            target.drop();
        }
    }

    TestDatabase target() {
        return target;
    }

    void givenUsers(String... ids) {
        adapters.shopDataLoader().load(new ShopData(Arrays.stream(ids).map(id -> new User(id, "User " + id)).toList(),
                List.of(), List.of(), List.of()));
    }

    void givenProducts(Product... products) {
        adapters.shopDataLoader().load(new ShopData(List.of(), List.of(products), List.of(), List.of()));
    }

    void givenInteractions(List<Interaction> interactions) {
        adapters.shopDataLoader().load(new ShopData(List.of(), List.of(), interactions, List.of()));
    }

    void givenRatings(Rating... ratings) {
        adapters.shopDataLoader().load(new ShopData(List.of(), List.of(), List.of(), List.of(ratings)));
    }

    long rows(String table) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             var r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }
}
