package io.ctxrec.adapters.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import io.ctxrec.domain.fallback.Reason;
import io.ctxrec.domain.port.ModelRun;
import io.ctxrec.domain.port.ModelRunLog;
import io.ctxrec.domain.port.RecommendedItem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * {@link ModelRunLog} on the {@code model_runs} table. The metrics ({@code {"ENCM":{"ndcg":0.4}}}) and the
 * items ({@code [{"productId":"p1","score":0.9,"reason":"model"}]}) are JSON text.
 */
final class JdbcModelRunLog implements ModelRunLog {
    /** MEDIUMTEXT holds 16 MB of bytes; a character may take four. */
    static final int MAX_JSON = 4 * 1024 * 1024;
    private static final TypeReference<Map<String, Map<String, Double>>> METRICS = new TypeReference<>() { };
    private static final TypeReference<List<ItemJson>> ITEMS = new TypeReference<>() { };

    private final Jdbc jdbc;

    JdbcModelRunLog(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(ModelRun run) {
        String what = "model run of " + run.userId();
        String metrics = Columns.fit(Json.write(run.metrics(), what + ": metrics"), MAX_JSON, what + ": metrics");
        String items = Columns.fit(Json.write(run.items().stream().map(ItemJson::of).toList(), what + ": items"),
                MAX_JSON, what + ": items");
        jdbc.update(what, "INSERT INTO model_runs (user_id, model_name, model_version, metrics_json,"
                + " recommendations_json, created_at) VALUES (?, ?, ?, ?, ?, ?)", s -> {
                    s.setString(1, Columns.fit(run.userId(), 64, what + ": userId"));
                    s.setString(2, Columns.fit(run.modelName(), 32, what + ": modelName"));
                    s.setString(3, Columns.fit(run.modelVersion(), 64, what + ": modelVersion"));
                    s.setString(4, metrics);
                    s.setString(5, items);
                    Columns.setTime(s, 6, run.at());
                });
    }

    static final String LATEST = "SELECT user_id, model_name, model_version, metrics_json, recommendations_json,"
            + " created_at FROM model_runs WHERE user_id = ? ORDER BY user_id, created_at DESC, id DESC LIMIT ?";

    /**
     * Newest first; runs of the same millisecond in reverse order of recording. Ordered as the index
     * idx_model_runs_user_latest is, user_id first (one user: no change to the order), so that H2 reads the
     * {@code limit} rows off the index instead of sorting all the user's runs (V6).
     */
    @Override
    public List<ModelRun> latest(String userId, int limit) {
        Paging.check(0, limit);
        return jdbc.query(LATEST, s -> {
                    s.setString(1, userId);
                    s.setInt(2, limit);
                }, JdbcModelRunLog::map);
    }

    private static ModelRun map(ResultSet row) throws SQLException {
        Map<String, Map<String, Double>> metrics = Json.read(row.getString("metrics_json"), METRICS,
                "model_runs.metrics_json");
        List<RecommendedItem> items = Json.read(row.getString("recommendations_json"), ITEMS,
                "model_runs.recommendations_json").stream().map(ItemJson::item).toList();
        return new ModelRun(row.getString("user_id"), row.getString("model_name"), row.getString("model_version"),
                metrics, items, Columns.time(row, "created_at"));
    }

    /** The stored shape of an item, kept apart from the domain record so either can change alone. */
    record ItemJson(String productId, double score, String reason) {
        static ItemJson of(RecommendedItem item) {
            return new ItemJson(item.productId(), item.score(), item.reason().code());
        }

        RecommendedItem item() {
            return new RecommendedItem(productId, score, Reason.parse(reason));
        }
    }
}
