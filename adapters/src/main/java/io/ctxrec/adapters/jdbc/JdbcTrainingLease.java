package io.ctxrec.adapters.jdbc;

import io.ctxrec.domain.port.TrainingLease;
import java.time.Instant;
import java.util.Optional;

/**
 * {@link TrainingLease} on the one row of {@code training_lease}: each move is one conditional UPDATE, so two
 * instances asking at once cannot both get it (the row lock orders them; the second sees the first's owner).
 */
final class JdbcTrainingLease implements TrainingLease {
    private final Jdbc jdbc;

    JdbcTrainingLease(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean acquire(String owner, Instant now, Instant until) {
        return jdbc.update("training lease for " + owner, "UPDATE training_lease SET owner = ?, acquired_at = ?,"
                + " expires_at = ? WHERE id = 1 AND (owner IS NULL OR owner = ? OR expires_at < ?)", s -> {
                    s.setString(1, Columns.fit(owner, 190, "lease owner"));
                    Columns.setTime(s, 2, now);
                    Columns.setTime(s, 3, until);
                    s.setString(4, owner);
                    Columns.setTime(s, 5, now);
                }) == 1;
    }

    @Override
    public boolean renew(String owner, Instant until) {
        return jdbc.update("training lease for " + owner, "UPDATE training_lease SET expires_at = ?"
                + " WHERE id = 1 AND owner = ?", s -> {
                    Columns.setTime(s, 1, until);
                    s.setString(2, owner);
                }) == 1;
    }

    @Override
    public void release(String owner) {
        jdbc.update("training lease for " + owner, "UPDATE training_lease SET owner = NULL, expires_at = NULL"
                + " WHERE id = 1 AND owner = ?", s -> s.setString(1, owner));
    }

    @Override
    public Optional<String> holder(Instant now) {
        return jdbc.queryOne("SELECT owner FROM training_lease WHERE id = 1 AND owner IS NOT NULL AND expires_at >= ?",
                s -> Columns.setTime(s, 1, now), row -> row.getString("owner"));
    }
}
