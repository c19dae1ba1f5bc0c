package io.ctxrec.training.ingest;

import io.ctxrec.domain.model.Action;
import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.port.ShopData;
import io.ctxrec.domain.port.ShopDataLoader;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Imports one file all-or-nothing: every row is checked, each bad one is reported with its line
 * number and reason, and the good rows go to the loader in one batch, unless the mode is
 * {@link ImportMode#STRICT} and a row was bad, in which case nothing is loaded and an
 * {@link ImportException} carries the report. Blank lines are skipped; files are read as UTF-8.
 */
public final class ShopImporter {
    private final ShopDataLoader loader;
    private final KnownIds known;
    private final UnaryOperator<ParsedRow> rowPolicy;

    public ShopImporter(ShopDataLoader loader, KnownIds known) {
        this(loader, known, UnaryOperator.identity());
    }

    private ShopImporter(ShopDataLoader loader, KnownIds known, UnaryOperator<ParsedRow> rowPolicy) {
        this.loader = loader;
        this.known = known;
        this.rowPolicy = rowPolicy;
    }

    /**
     * This importer, loading each rated row as one interaction only (no rating record), positive as
     * {@code positives} says. One event per row keeps the leave-one-out tie rule simple: among a user's
     * positives with the latest timestamp, the row further down the file is the later one. Formats
     * without ratings (csv) are unchanged.
     */
    public ShopImporter asImplicitFeedback(Positives positives) {
        return new ShopImporter(loader, known, row -> row.rating() == null ? row
                : new ParsedRow(withAction(row.interaction(), positives.actionFor(row.rating().stars())), null));
    }

    private static Interaction withAction(Interaction i, Action action) {
        return new Interaction(i.userId(), i.productId(), action, i.deviceType(), i.at(), i.extraContext());
    }

    public ImportReport importFile(Path file, DatasetFormat format, ImportMode mode) {
        RowFormat rows = format.rows();
        ImportBatch batch = new ImportBatch(rows, known);
        List<BadRow> bad = new ArrayList<>();
        long read = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long lineNumber = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                line = (lineNumber == 1 ? line.replace("\uFEFF", "") : line).stripTrailing();
                if (lineNumber == 1 && rows.header() != null) {
                    rows = readHeader(file, rows, line);
                    batch = new ImportBatch(rows, known);
                } else if (!line.isBlank()) {
                    read++;
                    parse(rows, line, lineNumber, batch, bad, rowPolicy);
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read import file " + file.toAbsolutePath() + ": " + e, e);
        }
        return finish(file, mode, batch, bad, read);
    }

    private static void parse(RowFormat rows, String line, long lineNumber, ImportBatch batch, List<BadRow> bad,
                              UnaryOperator<ParsedRow> rowPolicy) {
        try {
            batch.add(rowPolicy.apply(rows.parse(line, lineNumber)));
        } catch (IllegalArgumentException e) {
            bad.add(new BadRow(lineNumber, e.getMessage()));
        }
    }

    private static RowFormat readHeader(Path file, RowFormat rows, String line) {
        try {
            return rows.forHeader(line);
        } catch (IllegalArgumentException e) {
            throw new ImportException(file + ": not a file of this format, nothing loaded",
                    new ImportReport(file.toString(), 0, 0, List.of(new BadRow(1, e.getMessage())), 0, 0, 0, 0));
        }
    }

    private ImportReport finish(Path file, ImportMode mode, ImportBatch batch, List<BadRow> bad, long read) {
        if (!bad.isEmpty() && mode == ImportMode.STRICT) {
            ImportReport report = new ImportReport(file.toString(), read, 0, bad, 0, 0, 0, 0);
            throw new ImportException(file + ": " + bad.size() + " bad rows of " + read
                    + ", nothing loaded (strict mode; skipping bad rows would load the other "
                    + batch.rows() + ")", report);
        }
        if (batch.rows() == 0) {
            return new ImportReport(file.toString(), read, 0, bad, 0, 0, 0, 0);
        }
        ShopData data = batch.toShopData();
        loader.load(data);
        return new ImportReport(file.toString(), read, batch.rows(), bad, data.users().size(),
                data.products().size(), data.interactions().size(), data.ratings().size());
    }
}
