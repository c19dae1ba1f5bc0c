package io.ctxrec.adapters.artifacts;

import io.ctxrec.domain.port.OfflineResult;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.domain.scoring.PopularityBlend;
import io.ctxrec.domain.scoring.ScoringModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code item_popularity.csv}: the header {@value #HEADER}, then each item's positive count in the training
 * data, one line per item in item index order: what a model's {@link PopularityBlend} adds to its scores when
 * it serves. The blend's beta per model is the {@value #BETA} column of {@code training_results.csv}.
 */
public final class ItemPopularityFile {
    public static final String FILE_NAME = "item_popularity.csv";
    static final String HEADER = "count";
    static final String BETA = "popularity_blend";

    private ItemPopularityFile() {
    }

    public static void write(Path file, long[] counts) {
        List<String> lines = new ArrayList<>(counts.length + 1);
        lines.add(HEADER);
        for (long count : counts) {
            lines.add(Long.toString(count));
        }
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The counts, checked: {@code nItems} lines of counts >= 0 after the header. */
    public static long[] read(Path file, int nItems) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IllegalArgumentException(file + " line 1: expected the header " + HEADER);
        }
        if (lines.size() - 1 != nItems) {
            throw new IllegalArgumentException(file + " has " + (lines.size() - 1) + " items, the encoders " + nItems);
        }
        long[] counts = new long[nItems];
        for (int i = 0; i < nItems; i++) {
            try {
                counts[i] = Long.parseLong(lines.get(i + 1).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + " line " + (i + 2) + ": '" + lines.get(i + 1)
                        + "' is not a count", e);
            }
            if (counts[i] < 0) {
                throw new IllegalArgumentException(file + " line " + (i + 2) + ": a count must not be negative");
            }
        }
        return counts;
    }

    /**
     * The blends a version's models serve with: each model's beta from its results, over the version's item
     * counts. Empty when no model is blended; a blended model without the counts file is refused.
     */
    static Map<ModelName, PopularityBlend> blends(Path folder, List<OfflineResult> results, int nItems) {
        Map<ModelName, Double> betas = new HashMap<>();
        for (OfflineResult r : results) {
            double beta = r.metric(BETA).orElse(0);
            if (!r.baseline() && beta > 0) {
                betas.put(ModelName.of(r.model()), beta);
            }
        }
        if (betas.isEmpty()) {
            return Map.of();
        }
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("models " + betas.keySet() + " blend with popularity, but " + file
                    + " is missing");
        }
        long[] counts = read(file, nItems);
        Map<ModelName, PopularityBlend> blends = new HashMap<>();
        betas.forEach((model, beta) -> blends.put(model, PopularityBlend.of(beta, counts)));
        return blends;
    }

    static ScoringModel blended(Map<ModelName, PopularityBlend> blends, ScoringModel model) {
        return Optional.ofNullable(blends.get(model.name())).map(b -> b.applyTo(model)).orElse(model);
    }
}
