package io.ctxrec.adapters.jdbc;

import io.ctxrec.domain.model.Rating;
import io.ctxrec.domain.port.Ratings;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/** {@link Ratings} on the {@code comments} table, keeping {@code products.rating_avg / rating_count} in step. */
final class JdbcRatings implements Ratings {
    static final int PAGE = 5000;
    private static final String SELECT = "SELECT " + CommentRows.COLUMNS + " FROM comments";

    private final Jdbc jdbc;
    private final Jdbc wholeTable;

    JdbcRatings(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.wholeTable = jdbc.unlimited();
    }

    @Override
    public void record(Rating rating) {
        String what = "rating of " + rating.userId() + " on " + rating.productId();
        jdbc.inTransaction(what, connection -> {
            if (!CommentRows.addToAverage(connection, rating.productId(), CommentRows.StarTotal.of(rating))) {
                throw new IllegalArgumentException(what + ": product " + rating.productId() + " does not exist");
            }
            return Jdbc.update(connection, CommentRows.INSERT, s -> CommentRows.bindInsert(s, rating));
        });
    }

    /** Newest first. */
    @Override
    public List<Rating> forProduct(String productId, int limit) {
        Paging.check(0, limit);
        return jdbc.query(SELECT + " WHERE product_id = ? ORDER BY created_at DESC, id DESC LIMIT ?", s -> {
            s.setString(1, productId);
            s.setInt(2, limit);
        }, CommentRows::map);
    }

    /** In the order they were stored, page by page. */
    @Override
    public void forEach(Consumer<Rating> sink) {
        long after = 0;
        while (true) {
            long from = after;
            List<Keyed> page = wholeTable.query(SELECT + " WHERE id > ? ORDER BY id LIMIT ?", s -> {
                s.setLong(1, from);
                s.setInt(2, PAGE);
            }, JdbcRatings::keyed);
            page.forEach(k -> sink.accept(k.rating()));
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    @Override
    public long count() {
        return jdbc.count("SELECT COUNT(*) FROM comments", Jdbc.NO_PARAMETERS);
    }

    private static Keyed keyed(ResultSet row) throws SQLException {
        return new Keyed(row.getLong("id"), CommentRows.map(row));
    }

    private record Keyed(long id, Rating rating) {
    }
}
