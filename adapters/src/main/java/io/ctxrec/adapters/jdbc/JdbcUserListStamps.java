package io.ctxrec.adapters.jdbc;

import io.ctxrec.domain.port.ListContext;
import io.ctxrec.domain.port.UserListStamp;
import java.util.Optional;

/**
 * {@link UserListStamp.Source} in one query of two index lookups: the stored list's first row
 * ({@code idx_recommendations_user_context}) and the user's latest interaction ({@code idx_interactions_user_time}).
 */
final class JdbcUserListStamps implements UserListStamp.Source {
    private static final String STAMP = "SELECT"
            + " (SELECT MAX(created_at) FROM recommendations WHERE user_id = ? AND context_key = ? AND rank_pos = 1)"
            + " AS list_at, (SELECT MAX(created_at) FROM interactions WHERE user_id = ?) AS interaction_at";

    private final Jdbc jdbc;

    JdbcUserListStamps(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserListStamp of(String userId, ListContext context) {
        return jdbc.queryOne(STAMP, s -> {
            s.setString(1, userId);
            s.setString(2, context.key());
            s.setString(3, userId);
        }, row -> new UserListStamp(Optional.ofNullable(Columns.time(row, "list_at")),
                Optional.ofNullable(Columns.time(row, "interaction_at"))))
                .orElse(new UserListStamp(Optional.empty(), Optional.empty()));
    }
}
