package io.ctxrec.adapters.jdbc;

import io.ctxrec.domain.model.User;
import io.ctxrec.domain.port.Page;
import io.ctxrec.domain.port.UserDirectory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** {@link UserDirectory} on the {@code users} table. */
final class JdbcUserDirectory implements UserDirectory {
    static final String UPSERT = "INSERT INTO users (id, name, created_at) VALUES (?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE name = VALUES(name)";

    private final Jdbc jdbc;

    JdbcUserDirectory(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<User> find(String userId) {
        return jdbc.queryOne("SELECT id, name FROM users WHERE id = ?", s -> s.setString(1, userId),
                JdbcUserDirectory::map);
    }

    @Override
    public Page<User> search(String idPrefix, int offset, int limit) {
        Paging.check(offset, limit);
        // '!' escapes the LIKE wildcards: a backslash would need different string literals on H2 and MySQL.
        String pattern = (idPrefix == null ? "" : idPrefix.replace("!", "!!").replace("%", "!%").replace("_", "!_"))
                + "%";
        List<User> items = jdbc.query("SELECT id, name FROM users WHERE id LIKE ? ESCAPE '!' ORDER BY id"
                + " LIMIT ? OFFSET ?", s -> {
                    s.setString(1, pattern);
                    s.setInt(2, limit);
                    s.setInt(3, offset);
                }, JdbcUserDirectory::map);
        long total = jdbc.count("SELECT COUNT(*) FROM users WHERE id LIKE ? ESCAPE '!'", s -> s.setString(1, pattern));
        return new Page<>(items, offset, limit, total);
    }

    @Override
    public long count() {
        return jdbc.count("SELECT COUNT(*) FROM users", Jdbc.NO_PARAMETERS);
    }

    private static User map(ResultSet row) throws SQLException {
        return new User(row.getString("id"), row.getString("name"));
    }
}
