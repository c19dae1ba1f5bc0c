package io.ctxrec.adapters.artifacts;

import io.ctxrec.domain.port.OfflineResult;
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
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * {@code training_results.csv}: the header {@link #HEADER}, then one row per model and one for
 * ItemPop. Metrics without the {@code full_} prefix rank against the sampled negatives at cut-off
 * {@code k}; {@code cases} is the number of evaluated held-out positives. An unmeasured metric and
 * the baseline's timing are empty cells; {@code loss_curve} is the average loss of each epoch,
 * separated by {@code ;}. After it, {@code full_cases} is the number of held-out positives the full
 * ranking evaluated (a seeded sample of test users on a large shop) and the {@code _se} columns are the
 * standard errors of the means they are named after; a file written before them has no such columns
 * and still reads. {@code best_epoch} is the epoch early stopping chose and {@code validation_curve} the
 * validation NDCG@K after each epoch it watched (both empty without early stopping); a file written
 * before early stopping lacks them and reads with none. {@code popularity_blend} is the beta of the model's
 * popularity blend (0 for none; empty for the baseline and a file written before it). {@code member_weights}
 * is the ensemble's weight of each model it was fitted over, {@code model:weight} separated by {@code ;} (empty
 * for any other model and in a file written before it). Numbers use a dot and no grouping.
 * The one reader and writer of the file: each row is an {@link OfflineResult}, every column but
 * {@code model}, the two curves, {@code best_epoch} and {@code member_weights} one of its metrics ({@link #COUNTS} without decimals).
 */
public final class ResultsCsv {
    public static final String FILE_NAME = "training_results.csv";
    public static final List<String> HEADER = List.of("model", "k", "cases", "hit_rate", "precision", "map", "ndcg",
            "mrr", "auc", "rmse", "mae", "full_hit_rate", "full_ndcg", "epochs", "seconds", "seconds_per_epoch",
            "samples_per_second", "batch_size", "loss_curve", "full_cases", "hit_rate_se", "ndcg_se",
            "full_hit_rate_se", "full_ndcg_se", "best_epoch", "validation_curve", "popularity_blend", "member_weights");
    static final String LOSS_CURVE = "loss_curve";
    static final String BEST_EPOCH = "best_epoch";
    static final String VALIDATION_CURVE = "validation_curve";
    static final String POPULARITY_BLEND = "popularity_blend";
    static final String MEMBER_WEIGHTS = "member_weights";
    /** The header before the standard errors were added. */
    static final List<String> HEADER_WITHOUT_ERRORS = HEADER.subList(0, HEADER.indexOf(LOSS_CURVE) + 1);
    /** The header before early stopping. */
    static final List<String> HEADER_WITHOUT_STOPPING = HEADER.subList(0, HEADER.indexOf(BEST_EPOCH));
    /** The header before the ensemble's weights. */
    static final List<String> HEADER_WITHOUT_WEIGHTS = HEADER.subList(0, HEADER.indexOf(MEMBER_WEIGHTS));
    /** The header before the popularity blend. */
    static final List<String> HEADER_WITHOUT_BLEND = HEADER.subList(0, HEADER.indexOf(POPULARITY_BLEND));
    private static final Set<String> NOT_METRICS = Set.of("model", LOSS_CURVE, BEST_EPOCH, VALIDATION_CURVE,
            MEMBER_WEIGHTS);
    /** Every column but the model, its curves and its chosen epoch, each an {@link OfflineResult} metric. */
    static final List<String> METRICS = HEADER.stream().filter(c -> !NOT_METRICS.contains(c)).toList();
    static final Set<String> COUNTS = OfflineResult.COUNTS;

    private ResultsCsv() {
    }

    public static void write(Path file, List<OfflineResult> results) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", HEADER));
        results.forEach(r -> lines.add(row(r)));
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String row(OfflineResult r) {
        if (!METRICS.containsAll(r.metrics().keySet())) {
            throw new IllegalArgumentException(r.model() + ": no column for " + r.metrics().keySet().stream()
                    .filter(m -> !METRICS.contains(m)).toList());
        }
        StringJoiner row = new StringJoiner(",");
        row.add(r.model());
        for (String column : HEADER.subList(1, HEADER.size())) {
            if (column.equals(LOSS_CURVE)) {
                row.add(curve(r.lossCurve()));
            } else if (column.equals(VALIDATION_CURVE)) {
                row.add(curve(r.validationCurve()));
            } else if (column.equals(MEMBER_WEIGHTS)) {
                row.add(r.memberWeights().entrySet().stream().map(e -> e.getKey() + ":" + number(e.getValue()))
                        .collect(Collectors.joining(";")));
            } else if (column.equals(BEST_EPOCH)) {
                row.add(r.bestEpoch() > 0 ? String.valueOf(r.bestEpoch()) : "");
            } else {
                row.add(COUNTS.contains(column) ? count(r.metric(column)) : cell(r.metric(column)));
            }
        }
        return row.toString();
    }

    private static String curve(List<Double> values) {
        return values.stream().map(ResultsCsv::number).collect(Collectors.joining(";"));
    }

    private static String cell(OptionalDouble value) {
        return value.isPresent() ? number(value.getAsDouble()) : "";
    }

    private static String count(OptionalDouble value) {
        return value.isPresent() ? String.valueOf((long) value.getAsDouble()) : "";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    /** The results in file order; an IllegalArgumentException names a malformed line. */
    public static List<OfflineResult> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<String> header = lines.isEmpty() ? List.of() : List.of(lines.get(0).split(",", -1));
        if (!header.equals(HEADER) && !header.equals(HEADER_WITHOUT_WEIGHTS) && !header.equals(HEADER_WITHOUT_BLEND) && !header.equals(HEADER_WITHOUT_STOPPING)
                && !header.equals(HEADER_WITHOUT_ERRORS)) {
            throw new IllegalArgumentException(file + " line 1: expected the header " + String.join(",", HEADER));
        }
        int lossCurve = header.indexOf(LOSS_CURVE);
        int bestEpoch = header.indexOf(BEST_EPOCH);
        int validationCurve = header.indexOf(VALIDATION_CURVE);
        int memberWeights = header.indexOf(MEMBER_WEIGHTS);
        List<OfflineResult> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",", -1);
            if (cells.length != header.size()) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + cells.length + " cells, expected "
                        + header.size());
            }
            int line = i + 1;
            Map<String, Double> metrics = new LinkedHashMap<>();
            for (int c = 1; c < cells.length; c++) {
                if (!NOT_METRICS.contains(header.get(c)) && !cells[c].isEmpty()) {
                    metrics.put(header.get(c), parse(cells[c], file, line, header.get(c)));
                }
            }
            List<Double> loss = curve(cells[lossCurve], file, line, LOSS_CURVE);
            int best = bestEpoch < 0 || cells[bestEpoch].isEmpty() ? 0
                    : (int) parse(cells[bestEpoch], file, line, BEST_EPOCH);
            List<Double> validation = validationCurve < 0 ? List.of()
                    : curve(cells[validationCurve], file, line, VALIDATION_CURVE);
            Map<String, Double> weights = memberWeights < 0 ? Map.of()
                    : weights(cells[memberWeights], file, line);
            rows.add(new OfflineResult(cells[0], metrics, loss, best, validation, weights));
        }
        return rows;
    }

    private static Map<String, Double> weights(String cell, Path file, int line) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String entry : cell.isEmpty() ? new String[0] : cell.split(";")) {
            String[] parts = entry.split(":", 2);
            if (parts.length != 2 || parts[0].isEmpty()) {
                throw new IllegalArgumentException(file + " line " + line + ": " + MEMBER_WEIGHTS + " '" + entry
                        + "' is not model:weight");
            }
            weights.put(parts[0], parse(parts[1], file, line, MEMBER_WEIGHTS));
        }
        return weights;
    }

    private static List<Double> curve(String cell, Path file, int line, String column) {
        return cell.isEmpty() ? List.of() : Arrays.stream(cell.split(";")).map(v -> parse(v, file, line, column)).toList();
    }

    private static double parse(String value, Path file, int line, String column) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + " line " + line + ": " + column + " '" + value
                    + "' is not a number", e);
        }
    }
}
