package io.ctxrec.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One benchmark's result: named columns, rows of values, free-form notes. Printed as an aligned table
 * and written as {@code NAME.csv} and {@code NAME.json} (rows as objects keyed by column, plus the
 * notes) under the output folder, {@code target/bench/} by default.
 */
public final class BenchTable {
    private final String name;
    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();
    private final Map<String, Object> notes = new LinkedHashMap<>();

    public BenchTable(String name, List<String> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs columns");
        }
        this.name = name;
        this.columns = List.copyOf(columns);
    }

    public String name() {
        return name;
    }

    public BenchTable row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(name + ": a row has " + values.length + " values for "
                    + columns.size() + " columns");
        }
        rows.add(java.util.Arrays.asList(values.clone()));
        return this;
    }

    /** A fact about the whole run (machine, dataset, settings), kept in the JSON and printed under the table. */
    public BenchTable note(String key, Object value) {
        notes.put(key, value);
        return this;
    }

    public List<List<Object>> rows() {
        return List.copyOf(rows);
    }

    public String render() {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = columns.get(c).length();
            for (List<Object> row : rows) {
                widths[c] = Math.max(widths[c], text(row.get(c)).length());
            }
        }
        StringJoiner out = new StringJoiner(System.lineSeparator());
        out.add(line(columns.stream().map(Object.class::cast).toList(), widths));
        for (List<Object> row : rows) {
            out.add(line(row, widths));
        }
        notes.forEach((k, v) -> out.add("  " + k + ": " + text(v)));
        return out.toString();
    }

    private static String line(List<Object> values, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String t = text(values.get(c));
            b.append(c == 0 ? String.format(Locale.ROOT, "%-" + widths[c] + "s", t)
                    : String.format(Locale.ROOT, "  %" + widths[c] + "s", t));
        }
        return b.toString();
    }

    /** Numbers print with a precision that suits their size; null is "-". */
    static String text(Object v) {
        if (v == null) {
            return "-";
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d)) {
                return "-";
            }
            double a = Math.abs(d);
            return String.format(Locale.ROOT, a >= 1000 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.4f", d);
        }
        return String.valueOf(v);
    }

    /** Prints the table and writes NAME.csv and NAME.json under {@code folder}; returns the two paths. */
    public List<Path> publish(PrintStream out, Path folder) {
        out.println(render());
        try {
            Files.createDirectories(folder);
            Path csv = folder.resolve(name + ".csv");
            StringJoiner lines = new StringJoiner("\n", "", "\n");
            lines.add(String.join(",", columns));
            for (List<Object> row : rows) {
                lines.add(String.join(",", row.stream().map(BenchTable::csvCell).toList()));
            }
            Files.writeString(csv, lines.toString());
            Path json = folder.resolve(name + ".json");
            List<Map<String, Object>> objects = new ArrayList<>();
            for (List<Object> row : rows) {
                Map<String, Object> o = new LinkedHashMap<>();
                for (int c = 0; c < columns.size(); c++) {
                    o.put(columns.get(c), row.get(c));
                }
                objects.add(o);
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("benchmark", name);
            doc.put("notes", notes);
            doc.put("rows", objects);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), doc);
            out.println("wrote " + csv + " and " + json);
            return List.of(csv, json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the benchmark results under " + folder, e);
        }
    }

    private static String csvCell(Object v) {
        if (v == null) {
            return "";
        }
        String t = v instanceof Double || v instanceof Float ? String.valueOf(((Number) v).doubleValue()) : String.valueOf(v);
        return t.contains(",") || t.contains("\"") || t.contains("\n") ? "\"" + t.replace("\"", "\"\"") + "\"" : t;
    }
}
