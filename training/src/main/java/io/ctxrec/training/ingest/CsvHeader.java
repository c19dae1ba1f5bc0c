package io.ctxrec.training.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a csv header into a {@link CsvLayout}. Column names are matched ignoring case, spaces and
 * quotes, in any order: {@code user_id} (or {@code user}) and {@code product_id} (or {@code item_id},
 * {@code item}) are required; at most one of {@code action}, {@code rating}, {@code count}; optional
 * {@code timestamp} and {@code device_type}; and any number of {@code ctx_<name>} columns, each the
 * context feature {@code <name>}. Any other name, a repeated one, or a context name that is one of the
 * standard features is an error: a misspelt column would otherwise be silently ignored.
 */
final class CsvHeader {
    static final String RULES = "required user_id and product_id (or item_id); optional one of action, rating, count;"
            + " optional timestamp, device_type; any ctx_<name> context columns";

    private CsvHeader() {
    }

    static CsvLayout read(String line) {
        List<String> names = Fields.split(line, ',').stream().map(RowFormat::normalized).toList();
        Map<String, Integer> at = new LinkedHashMap<>();
        Map<String, Integer> context = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String role = role(name);
            if (role.equals("ctx")) {
                String feature = name.substring("ctx_".length());
                if (feature.isEmpty() || CsvLayout.isStandardFeature(feature)) {
                    throw new IllegalArgumentException("header column '" + name + "': a context column needs a name "
                            + "after ctx_ other than time_of_day, season, device_type or category");
                }
                if (context.put(feature, i) != null) {
                    throw new IllegalArgumentException("header names column '" + name + "' twice");
                }
            } else if (at.put(role, i) != null) {
                throw new IllegalArgumentException("header names column '" + role + "' twice, was '" + line + "'");
            }
        }
        if (!at.containsKey("user_id") || !at.containsKey("product_id")) {
            throw new IllegalArgumentException("header must name a user_id and a product_id column (" + RULES
                    + "), was '" + line + "'");
        }
        if (at.keySet().stream().filter(List.of("action", "rating", "count")::contains).count() > 1) {
            throw new IllegalArgumentException("header may name only one of action, rating and count, was '" + line
                    + "'");
        }
        return new CsvLayout(names.size(), at.get("user_id"), at.get("product_id"), get(at, "action"),
                get(at, "rating"), get(at, "count"), get(at, "timestamp"), get(at, "device_type"), context,
                String.join(",", names));
    }

    private static String role(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "user_id", "user" -> "user_id";
            case "product_id", "item_id", "item" -> "product_id";
            case "action", "rating", "count", "timestamp", "device_type" -> name;
            default -> {
                if (name.startsWith("ctx_")) {
                    yield "ctx";
                }
                throw new IllegalArgumentException("header column '" + name + "' is not one of " + RULES);
            }
        };
    }

    private static int get(Map<String, Integer> at, String role) {
        return at.getOrDefault(role, CsvLayout.ABSENT);
    }
}
