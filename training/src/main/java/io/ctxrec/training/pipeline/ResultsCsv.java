package io.ctxrec.training.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * {@code training_results.csv}: the header {@link #HEADER}, then one row per model and one for
 * ItemPop. Metrics without the {@code full_} prefix rank against the sampled negatives at cut-off
 * {@code k}; {@code cases} is the number of evaluated held-out positives. An unmeasured metric and
 * the baseline's timing are empty cells; {@code loss_curve} is the average loss of each epoch,
 * separated by {@code ;}. {@code full_cases} is the number of held-out positives the full ranking
 * evaluated (a seeded sample of test users on a large shop); the {@code _se} columns are the standard
 * errors of the means before them. Numbers use a dot and no grouping.
 */
public final class ResultsCsv {
    public static final String FILE_NAME = "training_results.csv";
    public static final List<String> HEADER = List.of("model", "k", "cases", "hit_rate", "precision", "map", "ndcg",
            "mrr", "auc", "rmse", "mae", "full_hit_rate", "full_ndcg", "epochs", "seconds", "seconds_per_epoch",
            "samples_per_second", "batch_size", "loss_curve", "full_cases", "hit_rate_se", "ndcg_se",
            "full_hit_rate_se", "full_ndcg_se");
    /** The header before the standard errors were added; such files still read, without those columns. */
    static final List<String> HEADER_WITHOUT_ERRORS = HEADER.subList(0, HEADER.indexOf("loss_curve") + 1);

    private ResultsCsv() {
    }

    public static void write(Path file, List<ModelResult> results) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", HEADER));
        results.forEach(r -> lines.add(row(r)));
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String row(ModelResult r) {
        var s = r.sampled();
        StringJoiner row = new StringJoiner(",");
        row.add(r.model()).add(String.valueOf(s.k())).add(String.valueOf(s.users()));
        List.of(s.hitRate(), s.precision(), s.map(), s.ndcg(), s.mrr(), s.auc(), s.rmse(), s.mae(),
                r.full().hitRate(), r.full().ndcg()).forEach(m -> row.add(cell(m)));
        if (r.trained()) {
            row.add(String.valueOf(r.epochs())).add(number(r.seconds())).add(number(r.secondsPerEpoch()))
                    .add(number(r.samplesPerSecond())).add(String.valueOf(r.batchSize()));
        } else {
            row.add("").add("").add("").add("").add("");
        }
        row.add(Arrays.stream(r.lossCurve()).mapToObj(ResultsCsv::number).collect(Collectors.joining(";")));
        row.add(String.valueOf(r.full().users()));
        List.of(s.hitRateSe(), s.ndcgSe(), r.full().hitRateSe(), r.full().ndcgSe()).forEach(m -> row.add(cell(m)));
        return row.toString();
    }

    private static String cell(OptionalDouble value) {
        return value.isPresent() ? number(value.getAsDouble()) : "";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    /**
     * Rows as column name to cell, in file order; an IllegalArgumentException names a malformed line. A file
     * written before the standard errors has no {@code full_cases} and {@code _se} keys.
     */
    public static List<Map<String, String>> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<String> header = lines.isEmpty() ? List.of() : List.of(lines.get(0).split(",", -1));
        if (!header.equals(HEADER) && !header.equals(HEADER_WITHOUT_ERRORS)) {
            throw new IllegalArgumentException(file + " line 1: expected the header " + String.join(",", HEADER));
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            if (cells.length != header.size()) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + cells.length + " cells, expected "
                        + header.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < cells.length; c++) {
                row.put(header.get(c), cells[c]);
            }
            rows.add(row);
        }
        return rows;
    }

    /** The highest sampled MAP among the trained models (ItemPop excluded), empty if none was measured. */
    public static OptionalDouble bestMap(Path file) {
        List<Map<String, String>> rows = read(file);
        return rows.stream().filter(r -> !ModelResult.ITEM_POP.equals(r.get("model")))
                .map(r -> r.get("map")).filter(v -> !v.isEmpty())
                .mapToDouble(ResultsCsv::parse).max();
    }

    static OptionalDouble bestMap(List<ModelResult> results) {
        return results.stream().filter(ModelResult::trained).map(r -> r.sampled().map())
                .filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).max();
    }

    private static double parse(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("map: '" + value + "' is not a number", e);
        }
    }
}
