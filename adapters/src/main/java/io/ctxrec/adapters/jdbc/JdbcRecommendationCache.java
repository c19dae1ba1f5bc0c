package io.ctxrec.adapters.jdbc;

import io.ctxrec.domain.fallback.Reason;
import io.ctxrec.domain.port.CachedRecommendations;
import io.ctxrec.domain.port.ListContext;
import io.ctxrec.domain.port.RecommendationCache;
import io.ctxrec.domain.port.RecommendedItem;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@link RecommendationCache} on the {@code recommendations} table: one row per item of a user's list in a
 * context ({@code context_key}), rank_pos 1 the best. An empty list is stored as no rows, so it reads back
 * as no list.
 *
 * <p>Two writers of one user's list are serialised by the user's row in {@code recommendation_lists}:
 * each transaction first upserts that row (a row lock held to commit), then deletes and re-inserts the
 * items (of that context, and the user's expired lists). The second writer waits on the lock; once the first commits, its delete is a new statement that
 * sees the first writer's rows (H2 runs each statement on the data committed when it starts; InnoDB
 * deletes by a locking, current read), so exactly one whole list remains. {@link #clear} takes the same
 * lock and keeps the row: deleting it let two writers waiting on it both insert it anew on H2, so a
 * user's lock row, once made, stays (one short row per user who ever had a list).
 */
final class JdbcRecommendationCache implements RecommendationCache {
    private static final String INSERT = "INSERT INTO recommendations (user_id, product_id, model_name, score,"
            + " model_version, rank_pos, reason, created_at, context_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String DELETE = "DELETE FROM recommendations WHERE user_id = ?";
    /** The user's list in one context, and the user's lists made before a time (expired) in any. */
    private static final String DELETE_REPLACED = DELETE + " AND (context_key = ? OR created_at < ?)";
    /** Takes the user's list lock: inserts the row, or, if it exists, updates it (and so locks it). */
    private static final String LOCK = "INSERT INTO recommendation_lists (user_id, updated_at) VALUES (?, ?)"
            + " ON DUPLICATE KEY UPDATE updated_at = ?";

    private final Jdbc jdbc;

    JdbcRecommendationCache(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CachedRecommendations> find(String userId, ListContext context) {
        List<Row> rows = jdbc.query("SELECT product_id, score, reason, model_name, model_version, created_at"
                + " FROM recommendations WHERE user_id = ? AND context_key = ? ORDER BY rank_pos", s -> {
                    s.setString(1, userId);
                    s.setString(2, context.key());
                }, JdbcRecommendationCache::row);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row first = rows.get(0);
        return Optional.of(new CachedRecommendations(userId, context, first.modelName(), first.modelVersion(),
                first.createdAt(), rows.stream().map(Row::item).toList()));
    }

    @Override
    public void replace(CachedRecommendations list, Instant dropBefore) {
        String what = "recommendations of " + list.userId();
        String modelName = Columns.fit(list.modelName(), 32, what + ": modelName");
        String modelVersion = Columns.fit(list.modelVersion(), 64, what + ": modelVersion");
        List<RecommendedItem> items = list.items();
        jdbc.inTransaction(what, connection -> {
            lock(connection, list.userId(), list.createdAt());
            Jdbc.update(connection, DELETE_REPLACED, s -> {
                s.setString(1, list.userId());
                s.setString(2, list.context().key());
                Columns.setTime(s, 3, dropBefore);
            });
            int[] rank = {0};
            return Batches.execute(connection, INSERT, items, (s, item) -> {
                if (Double.isInfinite(item.score())) {
                    throw new IllegalArgumentException(what + ": score of " + item.productId() + " is infinite");
                }
                s.setString(1, list.userId());
                s.setString(2, item.productId());
                s.setString(3, modelName);
                s.setDouble(4, item.score());
                s.setString(5, modelVersion);
                s.setInt(6, ++rank[0]);
                s.setString(7, item.reason().code());
                Columns.setTime(s, 8, list.createdAt());
                s.setString(9, list.context().key());
            });
        });
    }

    @Override
    public int clear(String userId) {
        return jdbc.inTransaction("recommendations of " + userId, connection -> {
            lock(connection, userId, Instant.now());
            return Jdbc.update(connection, DELETE, s -> s.setString(1, userId));
        });
    }

    /** Holds the user's list lock to the end of the transaction (see the class comment). */
    private static void lock(Connection connection, String userId, Instant at)
            throws SQLException {
        Jdbc.update(connection, LOCK, s -> {
            s.setString(1, userId);
            Columns.setTime(s, 2, at);
            Columns.setTime(s, 3, at);
        });
    }

    private static Row row(ResultSet r) throws SQLException {
        return new Row(new RecommendedItem(r.getString("product_id"), r.getDouble("score"),
                Reason.parse(r.getString("reason"))), r.getString("model_name"), r.getString("model_version"),
                Columns.time(r, "created_at"));
    }

    private record Row(RecommendedItem item, String modelName, String modelVersion, Instant createdAt) {
    }
}
