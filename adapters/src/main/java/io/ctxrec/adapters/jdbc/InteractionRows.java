package io.ctxrec.adapters.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import io.ctxrec.domain.model.Action;
import io.ctxrec.domain.model.DeviceType;
import io.ctxrec.domain.model.Interaction;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/** The {@code interactions} table's columns; the extra context is a JSON object, null when there is none. */
final class InteractionRows {
    static final String COLUMNS = "id, user_id, product_id, action, device_type, created_at, context_extra";
    static final String INSERT = "INSERT INTO interactions (user_id, product_id, action, device_type, created_at,"
            + " context_extra) VALUES (?, ?, ?, ?, ?, ?)";
    static final int MAX_EXTRA = 2000;

    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() { };

    private InteractionRows() {
    }

    static Interaction map(ResultSet row) throws SQLException {
        return new Interaction(row.getString("user_id"), row.getString("product_id"),
                Action.parse(row.getString("action")), DeviceType.parse(row.getString("device_type")),
                Columns.time(row, "created_at"), extra(row.getString("context_extra")));
    }

    static void bindInsert(PreparedStatement statement, Interaction i) throws SQLException {
        statement.setString(1, i.userId());
        statement.setString(2, i.productId());
        statement.setString(3, i.action().code());
        statement.setString(4, i.deviceType().code());
        Columns.setTime(statement, 5, i.at());
        statement.setString(6, json(i));
    }

    private static String json(Interaction i) {
        if (i.extraContext().isEmpty()) {
            return null;
        }
        String what = "extra context of the interaction of " + i.userId() + " on " + i.productId();
        // Sorted keys: the same map always gives the same text.
        return Columns.fit(Json.write(new TreeMap<>(i.extraContext()), what), MAX_EXTRA, what);
    }

    private static Map<String, String> extra(String json) {
        if (json == null) {
            return Map.of();
        }
        return Json.read(json, MAP, "interactions.context_extra");
    }
}
