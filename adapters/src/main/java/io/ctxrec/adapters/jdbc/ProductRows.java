package io.ctxrec.adapters.jdbc;

import io.ctxrec.domain.model.Product;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** The {@code products} table's columns, read into and written from {@link Product}. */
final class ProductRows {
    static final String COLUMNS =
            "id, name, price, discount, image_url, category, brand, status, view_count, rating_avg, rating_count";

    /** Portable upsert: H2 in MySQL mode and MySQL / MariaDB all accept ON DUPLICATE KEY UPDATE with VALUES(). */
    static final String UPSERT = "INSERT INTO products (" + COLUMNS + ", updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE name = VALUES(name), price = VALUES(price), discount = VALUES(discount),"
            + " image_url = VALUES(image_url), category = VALUES(category), brand = VALUES(brand),"
            + " status = VALUES(status), view_count = VALUES(view_count), rating_avg = VALUES(rating_avg),"
            + " rating_count = VALUES(rating_count), updated_at = VALUES(updated_at)";

    private ProductRows() {
    }

    static Product map(ResultSet row) throws SQLException {
        return new Product(row.getString("id"), row.getString("name"), row.getBigDecimal("price"),
                row.getDouble("discount"), row.getString("image_url"), row.getString("category"),
                row.getString("brand"), row.getString("status"), row.getLong("view_count"),
                row.getDouble("rating_avg"), row.getInt("rating_count"));
    }

    static void bindUpsert(PreparedStatement statement, Product p, Instant now) throws SQLException {
        String what = "product " + p.id() + ": ";
        statement.setString(1, p.id());
        statement.setString(2, Columns.fit(p.name(), Columns.SHORT_TEXT, what + "name"));
        statement.setBigDecimal(3, Columns.price(p.price(), p.id()));
        statement.setDouble(4, p.discount());
        statement.setString(5, Columns.fit(p.imageUrl(), 2048, what + "imageUrl"));
        statement.setString(6, Columns.fit(p.category(), Columns.SHORT_TEXT, what + "category"));
        statement.setString(7, Columns.fit(p.brand(), Columns.SHORT_TEXT, what + "brand"));
        statement.setString(8, Columns.fit(p.status(), 16, what + "status"));
        statement.setLong(9, p.viewCount());
        statement.setDouble(10, p.ratingAvg());
        statement.setInt(11, p.ratingCount());
        Columns.setTime(statement, 12, now);
    }
}
