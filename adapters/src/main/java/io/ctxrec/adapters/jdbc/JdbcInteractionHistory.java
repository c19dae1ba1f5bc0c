package io.ctxrec.adapters.jdbc;

import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.port.InteractionHistory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** {@link InteractionHistory} on the {@code interactions} table. */
final class JdbcInteractionHistory implements InteractionHistory {
    static final int PAGE = 5000;
    private static final String SELECT = "SELECT " + InteractionRows.COLUMNS + " FROM interactions";
    private static final String FIRST_PAGE = SELECT + " ORDER BY created_at, id LIMIT ?";
    // Keyset paging on (created_at, id): the leading range keeps idx_interactions_time usable on both databases.
    private static final String NEXT_PAGE = SELECT + " WHERE created_at >= ? AND (created_at > ? OR id > ?)"
            + " ORDER BY created_at, id LIMIT ?";

    private final Jdbc jdbc;
    private final Jdbc wholeTable;

    JdbcInteractionHistory(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.wholeTable = jdbc.unlimited();
    }

    @Override
    public void record(Interaction interaction) {
        jdbc.update("interaction of " + interaction.userId() + " on " + interaction.productId(), InteractionRows.INSERT,
                s -> InteractionRows.bindInsert(s, interaction));
    }

    @Override
    public List<Interaction> forUser(String userId) {
        return jdbc.query(SELECT + " WHERE user_id = ? ORDER BY created_at, id", s -> s.setString(1, userId),
                InteractionRows::map);
    }

    @Override
    public Optional<Instant> latestAt(String userId) {
        return jdbc.queryOne("SELECT MAX(created_at) AS latest FROM interactions WHERE user_id = ?",
                s -> s.setString(1, userId), row -> Optional.ofNullable(Columns.time(row, "latest")))
                .flatMap(latest -> latest);
    }

    /** Pages through the table so neither the driver nor the JVM holds every row, nor a connection for long. */
    @Override
    public void forEach(Consumer<Interaction> sink) {
        List<Keyed> page = wholeTable.query(FIRST_PAGE, s -> s.setInt(1, PAGE), JdbcInteractionHistory::keyed);
        while (!page.isEmpty()) {
            page.forEach(k -> sink.accept(k.interaction()));
            if (page.size() < PAGE) {
                return;
            }
            Keyed last = page.get(page.size() - 1);
            page = wholeTable.query(NEXT_PAGE, s -> {
                Columns.setTime(s, 1, last.interaction().at());
                Columns.setTime(s, 2, last.interaction().at());
                s.setLong(3, last.id());
                s.setInt(4, PAGE);
            }, JdbcInteractionHistory::keyed);
        }
    }

    @Override
    public long count() {
        return jdbc.count("SELECT COUNT(*) FROM interactions", Jdbc.NO_PARAMETERS);
    }

    private static Keyed keyed(ResultSet row) throws SQLException {
        return new Keyed(row.getLong("id"), InteractionRows.map(row));
    }

    private record Keyed(long id, Interaction interaction) {
    }
}
