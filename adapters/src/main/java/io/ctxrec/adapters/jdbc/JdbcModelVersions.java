package io.ctxrec.adapters.jdbc;

import io.ctxrec.domain.model.Ids;
import io.ctxrec.domain.port.ModelVersion;
import io.ctxrec.domain.port.ModelVersion.Status;
import io.ctxrec.domain.port.ModelVersions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * {@link ModelVersions} on {@code model_versions} and the single-row {@code active_model}. Activation
 * locks that row first, so two switches never interleave.
 */
final class JdbcModelVersions implements ModelVersions {
    private static final String SELECT = "SELECT version, status, created_at, activated_at, note FROM model_versions";
    private static final EnumSet<Status> MARKS = EnumSet.of(Status.READY, Status.FAILED, Status.REJECTED);
    private static final EnumSet<Status> ACTIVATABLE = EnumSet.of(Status.READY, Status.RETIRED);

    private final Jdbc jdbc;
    private final Clock clock;

    JdbcModelVersions(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void register(String version) {
        String v = Ids.require(version, "version");
        jdbc.update("registering version " + v, "INSERT INTO model_versions (version, status, created_at, note)"
                + " VALUES (?, ?, ?, ?)", s -> {
                    s.setString(1, v);
                    s.setString(2, Status.TRAINING.name());
                    Columns.setTime(s, 3, clock.instant());
                    s.setString(4, "");
                });
    }

    @Override
    public void mark(String version, Status status, String note) {
        if (!MARKS.contains(status)) {
            throw new IllegalArgumentException("a version can only be marked " + MARKS + ", not " + status);
        }
        jdbc.inTransaction("marking version " + version, connection -> {
            Status current = lockedStatus(connection, version);
            if (current == Status.ACTIVE) {
                throw new IllegalArgumentException("version " + version + " is ACTIVE; activate another one first");
            }
            return Jdbc.update(connection, "UPDATE model_versions SET status = ?, note = ? WHERE version = ?", s -> {
                s.setString(1, status.name());
                s.setString(2, note == null ? "" : note);
                s.setString(3, version);
            });
        });
    }

    @Override
    public void activate(String version) {
        jdbc.inTransaction("activating version " + version, connection -> {
            Jdbc.query(connection, "SELECT version FROM active_model WHERE id = 1 FOR UPDATE", Jdbc.NO_PARAMETERS,
                    row -> row.getString(1));
            Status current = lockedStatus(connection, version);
            if (!ACTIVATABLE.contains(current)) {
                throw new IllegalArgumentException("version " + version + " is " + current
                        + "; only READY or RETIRED versions can be activated");
            }
            Jdbc.update(connection, "UPDATE model_versions SET status = ? WHERE status = ?", s -> {
                s.setString(1, Status.RETIRED.name());
                s.setString(2, Status.ACTIVE.name());
            });
            java.time.Instant now = clock.instant();
            Jdbc.update(connection, "UPDATE model_versions SET status = ?, activated_at = ? WHERE version = ?", s -> {
                s.setString(1, Status.ACTIVE.name());
                Columns.setTime(s, 2, now);
                s.setString(3, version);
            });
            return Jdbc.update(connection, "UPDATE active_model SET version = ?, switched_at = ? WHERE id = 1", s -> {
                s.setString(1, version);
                Columns.setTime(s, 2, now);
            });
        });
    }

    @Override
    public Optional<ModelVersion> active() {
        return jdbc.queryOne("SELECT v.version, v.status, v.created_at, v.activated_at, v.note"
                + " FROM active_model a JOIN model_versions v ON v.version = a.version WHERE a.id = 1",
                Jdbc.NO_PARAMETERS, JdbcModelVersions::map);
    }

    @Override
    public Optional<ModelVersion> find(String version) {
        return jdbc.queryOne(SELECT + " WHERE version = ?", s -> s.setString(1, version), JdbcModelVersions::map);
    }

    /** Newest first; versions created in the same millisecond by version, descending. */
    @Override
    public List<ModelVersion> recent(int limit) {
        Paging.check(0, limit);
        return jdbc.query(SELECT + " ORDER BY created_at DESC, version DESC LIMIT ?", s -> s.setInt(1, limit),
                JdbcModelVersions::map);
    }

    /** Refuses the serving version; forgetting an unknown one does nothing. */
    @Override
    public void delete(String version) {
        jdbc.inTransaction("deleting version " + version, connection -> {
            List<String> status = Jdbc.query(connection, "SELECT status FROM model_versions WHERE version = ? FOR UPDATE",
                    s -> s.setString(1, version), row -> row.getString(1));
            if (status.contains(Status.ACTIVE.name())) {
                throw new IllegalArgumentException("version " + version + " is ACTIVE and cannot be deleted");
            }
            JdbcEncoderStore.deleteRows(connection, version);
            return Jdbc.update(connection, "DELETE FROM model_versions WHERE version = ?", s -> s.setString(1, version));
        });
    }

    private static Status lockedStatus(Connection connection, String version) throws SQLException {
        return Jdbc.query(connection, "SELECT status FROM model_versions WHERE version = ? FOR UPDATE",
                        s -> s.setString(1, version), row -> Status.valueOf(row.getString(1)))
                .stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown model version " + version));
    }

    private static ModelVersion map(ResultSet row) throws SQLException {
        return new ModelVersion(row.getString("version"), Status.valueOf(row.getString("status")),
                Columns.time(row, "created_at"), Columns.time(row, "activated_at"), row.getString("note"));
    }
}
