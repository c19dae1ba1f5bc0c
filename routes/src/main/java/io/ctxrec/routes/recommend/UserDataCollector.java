package io.ctxrec.routes.recommend;

import io.ctxrec.domain.model.Action;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the rows of the collection query (the user's interactions joined to their products, read by
 * camel-jdbc) and the query into a {@link UserProfile}.
 */
public class UserDataCollector {
    /** camel-jdbc named parameter {@code :?userId} comes from the header of that name. */
    public static final String SQL = "SELECT i.product_id AS product_id, i.action AS action,"
            + " i.created_at AS created_at, p.category AS category, p.brand AS brand"
            + " FROM interactions i JOIN products p ON p.id = i.product_id"
            + " WHERE i.user_id = :?userId ORDER BY i.created_at, i.id";

    private final ZoneId zone;

    public UserDataCollector(ZoneId zone) {
        this.zone = zone;
    }

    public UserProfile profile(List<Map<String, Object>> rows, RecommendationQuery query, boolean includePurchased) {
        Set<String> categories = new HashSet<>();
        Set<String> brands = new HashSet<>();
        Set<String> purchased = new HashSet<>();
        Instant latest = null;
        for (Map<String, Object> row : rows) {
            String product = text(row, "product_id");
            addIfPresent(categories, text(row, "category"));
            addIfPresent(brands, text(row, "brand"));
            if (Action.parse(text(row, "action")) == Action.PURCHASE) {
                purchased.add(product);
            }
            Instant at = instant(value(row, "created_at"));
            latest = latest == null || at.isAfter(latest) ? at : latest;
        }
        return new UserProfile(query.userId(), categories, brands, purchased, includePurchased ? Set.of() : purchased,
                Optional.ofNullable(latest), rows.size(), query.context(zone));
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null) {
            set.add(value);
        }
    }

    // Column labels come back lower case from H2 and as written from MySQL.
    private static Object value(Map<String, Object> row, String column) {
        Object v = row.get(column);
        return v != null ? v : row.get(column.toUpperCase(Locale.ROOT));
    }

    private static String text(Map<String, Object> row, String column) {
        Object v = value(row, column);
        return v == null ? null : v.toString();
    }

    // Times are stored as UTC wall-clock values (DATETIME(3)); drivers return them as either type.
    private static Instant instant(Object value) {
        if (value instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        throw new IllegalArgumentException("created_at: unexpected value " + value);
    }
}
