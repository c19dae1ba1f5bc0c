package io.ctxrec.adapters.jdbc;

import io.ctxrec.domain.model.Rating;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/** The {@code comments} table, and the running rating average a new comment moves on its product. */
final class CommentRows {
    static final String COLUMNS = "id, user_id, product_id, stars, body, created_at";
    static final String INSERT =
            "INSERT INTO comments (user_id, product_id, stars, body, created_at) VALUES (?, ?, ?, ?, ?)";
    /**
     * Folds {@code n} new ratings summing to {@code stars} into the product's average. rating_avg comes
     * first because MySQL assigns left to right (it must still see the old rating_count); H2 reads old values anyway.
     */
    static final String ADD_TO_AVERAGE = "UPDATE products SET"
            + " rating_avg = (rating_avg * rating_count + ?) / (rating_count + ?), rating_count = rating_count + ?"
            + " WHERE id = ?";

    private CommentRows() {
    }

    static Rating map(ResultSet row) throws SQLException {
        return new Rating(row.getString("user_id"), row.getString("product_id"), row.getInt("stars"),
                row.getString("body"), Columns.time(row, "created_at"));
    }

    static void bindInsert(PreparedStatement statement, Rating r) throws SQLException {
        statement.setString(1, r.userId());
        statement.setString(2, r.productId());
        statement.setInt(3, r.stars());
        statement.setString(4, r.comment());
        Columns.setTime(statement, 5, r.at());
    }

    static void bindAddToAverage(PreparedStatement statement, String productId, StarTotal total) throws SQLException {
        statement.setLong(1, total.stars());
        statement.setInt(2, total.count());
        statement.setInt(3, total.count());
        statement.setString(4, productId);
    }

    /** Adds one product's new ratings to its average; false when there is no such product. */
    static boolean addToAverage(Connection connection, String productId, StarTotal total) throws SQLException {
        return Jdbc.update(connection, ADD_TO_AVERAGE, s -> bindAddToAverage(s, productId, total)) == 1;
    }

    static void addToAverages(Connection connection, Map<String, StarTotal> totals) throws SQLException {
        Batches.execute(connection, ADD_TO_AVERAGE, totals.entrySet(),
                (s, e) -> bindAddToAverage(s, e.getKey(), e.getValue()));
    }

    /** Several ratings of one product: their star sum and how many. */
    record StarTotal(long stars, int count) {
        static StarTotal of(Rating r) {
            return new StarTotal(r.stars(), 1);
        }

        StarTotal plus(StarTotal other) {
            return new StarTotal(stars + other.stars, count + other.count);
        }
    }
}
