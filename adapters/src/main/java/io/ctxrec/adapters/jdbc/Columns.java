package io.ctxrec.adapters.jdbc;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Column values in and out. Times are DATETIME(3) holding the UTC wall time, cut to the millisecond
 * here (MySQL would round, MariaDB truncate). They are bound as text {@code yyyy-MM-dd HH:mm:ss.SSS}:
 * Connector/J takes MariaDB's version for 5.5.5 (its compatibility prefix) and silently drops the
 * fraction of a {@link LocalDateTime} or Timestamp parameter, while text reaches every database whole
 * and no driver or session time zone touches it. They are read back as {@link LocalDateTime}.
 * Text is checked against its column width, because MySQL outside strict mode would cut it silently.
 */
final class Columns {
    static final int SHORT_TEXT = 255;
    static final int PRICE_SCALE = 2;
    static final int PRICE_PRECISION = 12;

    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS");

    private Columns() {
    }

    static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    }

    static void setTime(PreparedStatement statement, int index, Instant at) throws SQLException {
        if (at == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setString(index, DATETIME.format(utc(at)));
        }
    }

    static Instant time(ResultSet row, String column) throws SQLException {
        LocalDateTime t = row.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    /** The value, or an error naming {@code field} when it has more code points than the column holds. */
    static String fit(String value, int maxLength, String field) {
        if (value != null && value.codePointCount(0, value.length()) > maxLength) {
            throw new IllegalArgumentException(field + " is longer than " + maxLength + " characters");
        }
        return value;
    }

    /** A price the DECIMAL(12,2) column stores exactly, or an error naming the product. */
    static BigDecimal price(BigDecimal price, String productId) {
        BigDecimal p = price.stripTrailingZeros();
        if (p.scale() > PRICE_SCALE) {
            throw new IllegalArgumentException("product " + productId + ": price has more than 2 decimals: " + price);
        }
        if (p.precision() - p.scale() > PRICE_PRECISION - PRICE_SCALE) {
            throw new IllegalArgumentException("product " + productId + ": price is too large: " + price);
        }
        return price;
    }
}
