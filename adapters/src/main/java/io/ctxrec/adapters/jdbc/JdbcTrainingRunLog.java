package io.ctxrec.adapters.jdbc;

import io.ctxrec.domain.port.TrainingRunLog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link TrainingRunLog} on the {@code training_runs} table; an entry is written by one instance at a time. */
final class JdbcTrainingRunLog implements TrainingRunLog {
    private static final String COLUMNS = "id, trigger_name, state, instance, requested_at, finished_at, result";
    private static final int RESULT = 2000;

    private final Jdbc jdbc;

    JdbcTrainingRunLog(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(Entry e) {
        String what = "training run " + e.id();
        String result = e.result() == null ? null
                : e.result().codePointCount(0, e.result().length()) > RESULT ? e.result().substring(0, RESULT - 1)
                : e.result();
        int updated = jdbc.update(what, "UPDATE training_runs SET state = ?, instance = ?, finished_at = ?,"
                + " result = ? WHERE id = ?", s -> {
                    s.setString(1, e.state().name());
                    s.setString(2, Columns.fit(e.instance(), 190, what + ": instance"));
                    Columns.setTime(s, 3, e.finishedAt());
                    s.setString(4, result);
                    s.setString(5, e.id());
                });
        if (updated == 0) {
            jdbc.update(what, "INSERT INTO training_runs (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)", s -> {
                s.setString(1, Columns.fit(e.id(), 64, what + ": id"));
                s.setString(2, Columns.fit(e.trigger(), 64, what + ": trigger"));
                s.setString(3, e.state().name());
                s.setString(4, Columns.fit(e.instance(), 190, what + ": instance"));
                Columns.setTime(s, 5, e.requestedAt());
                Columns.setTime(s, 6, e.finishedAt());
                s.setString(7, result);
            });
        }
    }

    @Override
    public Optional<Entry> find(String id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM training_runs WHERE id = ?", s -> s.setString(1, id),
                JdbcTrainingRunLog::entry);
    }

    @Override
    public List<Entry> open() {
        return jdbc.query("SELECT " + COLUMNS + " FROM training_runs WHERE state IN ('QUEUED', 'RUNNING')"
                + " ORDER BY requested_at", Jdbc.NO_PARAMETERS, JdbcTrainingRunLog::entry);
    }

    @Override
    public int abandonOthers(String instance, Instant at, String reason) {
        return jdbc.update("open training runs", "UPDATE training_runs SET state = 'FAILED', finished_at = ?,"
                + " result = ? WHERE state IN ('QUEUED', 'RUNNING') AND (instance IS NULL OR instance <> ?)", s -> {
                    Columns.setTime(s, 1, at);
                    s.setString(2, reason);
                    s.setString(3, instance);
                });
    }

    private static Entry entry(ResultSet r) throws SQLException {
        return new Entry(r.getString("id"), r.getString("trigger_name"), State.valueOf(r.getString("state")),
                r.getString("instance"), Columns.time(r, "requested_at"), Columns.time(r, "finished_at"),
                r.getString("result"));
    }
}
