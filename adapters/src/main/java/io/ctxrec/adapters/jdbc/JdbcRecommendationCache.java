package io.ctxrec.adapters.jdbc;

import io.ctxrec.domain.fallback.Reason;
import io.ctxrec.domain.port.CachedRecommendations;
import io.ctxrec.domain.port.RecommendationCache;
import io.ctxrec.domain.port.RecommendedItem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * {@link RecommendationCache} on the {@code recommendations} table: one row per item, rank_pos 1 the
 * best. An empty list is stored as no rows, so it reads back as no list.
 */
final class JdbcRecommendationCache implements RecommendationCache {
    private static final String INSERT = "INSERT INTO recommendations (user_id, product_id, model_name, score,"
            + " model_version, rank_pos, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String DELETE = "DELETE FROM recommendations WHERE user_id = ?";

    private final Jdbc jdbc;

    JdbcRecommendationCache(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CachedRecommendations> find(String userId) {
        List<Row> rows = jdbc.query("SELECT product_id, score, reason, model_name, model_version, created_at"
                + " FROM recommendations WHERE user_id = ? ORDER BY rank_pos", s -> s.setString(1, userId),
                JdbcRecommendationCache::row);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row first = rows.get(0);
        return Optional.of(new CachedRecommendations(userId, first.modelName(), first.modelVersion(),
                first.createdAt(), rows.stream().map(Row::item).toList()));
    }

    @Override
    public void replace(CachedRecommendations list) {
        String what = "recommendations of " + list.userId();
        String modelName = Columns.fit(list.modelName(), 32, what + ": modelName");
        String modelVersion = Columns.fit(list.modelVersion(), 64, what + ": modelVersion");
        List<RecommendedItem> items = list.items();
        jdbc.inTransaction(what, connection -> {
            Jdbc.update(connection, DELETE, s -> s.setString(1, list.userId()));
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
            });
        });
    }

    @Override
    public int clear(String userId) {
        return jdbc.update(DELETE, s -> s.setString(1, userId));
    }

    private static Row row(ResultSet r) throws SQLException {
        return new Row(new RecommendedItem(r.getString("product_id"), r.getDouble("score"),
                Reason.parse(r.getString("reason"))), r.getString("model_name"), r.getString("model_version"),
                Columns.time(r, "created_at"));
    }

    private record Row(RecommendedItem item, String modelName, String modelVersion, java.time.Instant createdAt) {
    }
}
