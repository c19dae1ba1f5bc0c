package io.ctxrec.adapters.jdbc;

import io.ctxrec.domain.encoding.ContextEncoder;
import io.ctxrec.domain.encoding.EncoderSet;
import io.ctxrec.domain.encoding.IdEncoder;
import io.ctxrec.domain.port.EncoderStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * {@link EncoderStore} on the four {@code rec_*} tables. A version with no rows at all reads as absent
 * (so a set with no users, items and features cannot be told from no set).
 */
final class JdbcEncoderStore implements EncoderStore {
    private static final List<String> TABLES =
            List.of("rec_user_encoder", "rec_item_encoder", "rec_context_mapping", "rec_context_meta");

    private final Jdbc jdbc;

    JdbcEncoderStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(String version, EncoderSet encoders) {
        String what = "encoders of version " + version;
        Columns.fit(version, 64, what + ": version");
        jdbc.inTransaction(what, connection -> {
            deleteRows(connection, version);
            saveIds(connection, "rec_user_encoder", version, encoders.users(), what + ": user id");
            saveIds(connection, "rec_item_encoder", version, encoders.items(), what + ": item id");
            List<ContextEncoder> contexts = encoders.contexts();
            Batches.execute(connection, "INSERT INTO rec_context_meta (model_version, feature_name, position)"
                    + " VALUES (?, ?, ?)", IntStream.range(0, contexts.size()).boxed().toList(), (s, position) -> {
                        s.setString(1, version);
                        s.setString(2, Columns.fit(contexts.get(position).feature(), 64, what + ": feature name"));
                        s.setInt(3, position);
                    });
            for (ContextEncoder context : contexts) {
                saveValues(connection, version, context, what);
            }
            return null;
        });
    }

    @Override
    public Optional<EncoderSet> load(String version) {
        List<String> users = ids("rec_user_encoder", version);
        List<String> items = ids("rec_item_encoder", version);
        List<String> features = jdbc.query("SELECT feature_name FROM rec_context_meta WHERE model_version = ?"
                + " ORDER BY position", s -> s.setString(1, version), row -> row.getString(1));
        if (users.isEmpty() && items.isEmpty() && features.isEmpty()) {
            return Optional.empty();
        }
        List<ContextEncoder> contexts = new ArrayList<>();
        for (String feature : features) {
            List<Indexed> values = jdbc.query("SELECT original_value, idx FROM rec_context_mapping"
                    + " WHERE model_version = ? AND feature_name = ? ORDER BY idx", s -> {
                        s.setString(1, version);
                        s.setString(2, feature);
                    }, row -> new Indexed(row.getString(1), row.getInt(2)));
            contexts.add(ContextEncoder.ofIndexOrder(feature,
                    inIndexOrder(values, "rec_context_mapping of version " + version + ", " + feature)));
        }
        return Optional.of(new EncoderSet(IdEncoder.ofIndexOrder(users), IdEncoder.ofIndexOrder(items), contexts));
    }

    /** Removes every encoder row of the version; the caller owns the transaction. */
    static void deleteRows(Connection connection, String version) throws SQLException {
        for (String table : TABLES) {
            Jdbc.update(connection, "DELETE FROM " + table + " WHERE model_version = ?", s -> s.setString(1, version));
        }
    }

    private List<String> ids(String table, String version) {
        List<Indexed> rows = jdbc.query("SELECT original_id, idx FROM " + table + " WHERE model_version = ? ORDER BY idx",
                s -> s.setString(1, version), row -> new Indexed(row.getString(1), row.getInt(2)));
        return inIndexOrder(rows, table + " of version " + version);
    }

    /** The values, after checking the indexes run 0..n-1 without a gap (a gap would shift every later index). */
    private static List<String> inIndexOrder(List<Indexed> rows, String what) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).idx() != i) {
                throw new IllegalStateException(what + " has no row for index " + i);
            }
        }
        return rows.stream().map(Indexed::value).toList();
    }

    private static void saveIds(Connection connection, String table, String version, IdEncoder encoder, String what)
            throws SQLException {
        Batches.execute(connection, "INSERT INTO " + table + " (model_version, original_id, idx) VALUES (?, ?, ?)",
                IntStream.range(0, encoder.size()).boxed().toList(), (s, idx) -> {
                    s.setString(1, version);
                    s.setString(2, Columns.fit(encoder.idAt(idx), 64, what));
                    s.setInt(3, idx);
                });
    }

    private static void saveValues(Connection connection, String version, ContextEncoder context, String what)
            throws SQLException {
        Batches.execute(connection, "INSERT INTO rec_context_mapping (model_version, feature_name, original_value, idx)"
                + " VALUES (?, ?, ?, ?)", IntStream.range(0, context.size()).boxed().toList(), (s, idx) -> {
                    s.setString(1, version);
                    s.setString(2, context.feature());
                    s.setString(3, Columns.fit(context.valueAt(idx), Columns.SHORT_TEXT,
                            what + ": value of " + context.feature()));
                    s.setInt(4, idx);
                });
    }

    private record Indexed(String value, int idx) {
    }
}
