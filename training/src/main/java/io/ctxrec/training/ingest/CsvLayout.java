package io.ctxrec.training.ingest;

import io.ctxrec.domain.model.Action;
import io.ctxrec.domain.model.Context;
import io.ctxrec.domain.model.DeviceType;
import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.model.Rating;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One csv file's columns, read from its header by {@link CsvHeader}, and how a row of it becomes an
 * interaction. What a row did: its {@code action}; else its {@code rating} (1..5 stars, a rating too,
 * four or five stars a purchase as in the movie formats); else its {@code count} (1 or more a purchase,
 * 0 a view); else, with none of the three, every row is a purchase. Without a {@code timestamp} column,
 * row {@code n} is at {@code 2015-01-01T00:00:00Z} plus {@code n - 1} milliseconds: file order is kept
 * and a million rows stay within one winter night's minutes, so the clock adds no time-of-day or season
 * signal. A context value that is empty or {@code NA} is left out of that row's context.
 */
record CsvLayout(int columns, int user, int item, int action, int rating, int count, int timestamp, int device,
                 Map<String, Integer> context, String header) implements RowFormat {
    static final int ABSENT = -1;
    static final Instant FIRST_ROW_AT = Instant.parse("2015-01-01T00:00:00Z");

    @Override
    public ParsedRow parse(String line, long lineNumber) {
        List<String> f = Fields.split(line, ',');
        // A row may leave out its last column when that one is optional (the shop's export without a device).
        if (f.size() != columns && !(f.size() == columns - 1 && lastIsOptional())) {
            throw new IllegalArgumentException("expected " + columns + " columns (" + header
                    + (lastIsOptional() ? ", the last may be empty" : "") + ") but found " + f.size());
        }
        String userId = f.get(user);
        String productId = f.get(item);
        Instant at = timestamp == ABSENT ? FIRST_ROW_AT.plusMillis(lineNumber - 2) : Fields.timestamp(value(f, timestamp));
        DeviceType deviceType = device == ABSENT || value(f, device).isEmpty() ? DeviceType.UNKNOWN
                : DeviceType.parse(value(f, device));
        Map<String, String> extra = new LinkedHashMap<>();
        context.forEach((name, column) -> {
            String v = value(f, column);
            if (!v.isEmpty() && !"NA".equals(v)) {
                extra.put(name, v);
            }
        });
        Rating stars = null;
        Action did = Action.PURCHASE;
        if (action != ABSENT) {
            did = Action.parse(value(f, action));
        } else if (rating != ABSENT) {
            stars = new Rating(userId, productId, Fields.stars(value(f, rating)), "", at);
            did = Movies.actionFor(stars.stars());
        } else if (count != ABSENT) {
            did = Fields.count(value(f, count)) > 0 ? Action.PURCHASE : Action.VIEW;
        }
        return new ParsedRow(new Interaction(userId, productId, did, deviceType, at, extra), stars);
    }

    private boolean lastIsOptional() {
        return columns - 1 != user && columns - 1 != item;
    }

    private static String value(List<String> fields, int column) {
        return column < fields.size() ? fields.get(column) : "";
    }

    /** The shop's placeholder: "Product <id>" in category and brand "unknown" at price 0. */
    @Override
    public Product newProduct(String productId) {
        return InteractionCsvFormat.placeholder(productId);
    }

    static boolean isStandardFeature(String name) {
        return List.of(Context.TIME_OF_DAY, Context.SEASON, Context.DEVICE_TYPE, Context.CATEGORY).contains(name);
    }
}
