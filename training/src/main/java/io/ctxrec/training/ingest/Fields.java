package io.ctxrec.training.ingest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splitting a line into fields and reading the values every format shares. */
final class Fields {
    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    private Fields() {
    }

    /**
     * Splits on {@code separator} and trims each field. A field may be wrapped in double quotes (a
     * doubled quote inside stands for one), but a quoted field cannot contain the separator.
     */
    static List<String> split(String line, char separator) {
        List<String> fields = new ArrayList<>();
        for (String raw : line.split(Pattern.quote(String.valueOf(separator)), -1)) {
            String f = raw.trim();
            boolean opens = f.startsWith("\"");
            boolean closes = f.length() > 1 && f.endsWith("\"");
            if (opens != closes) {
                throw new IllegalArgumentException("column " + (fields.size() + 1) + " has an unmatched quote"
                        + " (quoted fields must not contain '" + printable(separator) + "')");
            }
            fields.add(opens ? f.substring(1, f.length() - 1).replace("\"\"", "\"").trim() : f);
        }
        return fields;
    }

    static int stars(String value) {
        try {
            int stars = Integer.parseInt(value);
            if (stars >= 1 && stars <= 5) {
                return stars;
            }
        } catch (NumberFormatException e) {
            // reported below with the value
        }
        throw new IllegalArgumentException("rating must be a whole number 1..5, was '" + value + "'");
    }

    /** A whole number of times, 0 or more. */
    static long count(String value) {
        if (!DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("count must be a whole number 0 or more, was '" + value + "'");
        }
        return Long.parseLong(value);
    }

    static Instant epochSeconds(String value, String field) {
        if (!DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be epoch seconds, was '" + value + "'");
        }
        return Instant.ofEpochSecond(Long.parseLong(value));
    }

    /** An ISO-8601 instant such as {@code 2024-01-05T10:00:00Z}, or epoch seconds. */
    static Instant timestamp(String value) {
        if (DIGITS.matcher(value).matches()) {
            return Instant.ofEpochSecond(Long.parseLong(value));
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("timestamp must be an ISO-8601 instant (2024-01-05T10:00:00Z)"
                    + " or epoch seconds, was '" + value + "'");
        }
    }

    static void requireCount(List<String> fields, int expected, String columns) {
        if (fields.size() != expected) {
            throw new IllegalArgumentException("expected " + expected + " columns (" + columns + ") but found "
                    + fields.size());
        }
    }

    private static String printable(char separator) {
        return separator == '\t' ? "\\t" : String.valueOf(separator);
    }
}
