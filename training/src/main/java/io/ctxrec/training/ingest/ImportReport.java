package io.ctxrec.training.ingest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of importing one file. {@code rowsRead} counts the non-blank data rows (not the header);
 * the created counts are the users, products, interactions and ratings the import added: users and
 * products the shop already knew are referenced, not created.
 */
public record ImportReport(String source, long rowsRead, long rowsLoaded, List<BadRow> badRows,
                           int usersCreated, int productsCreated, int interactionsCreated, int ratingsCreated) {
    /** How many bad rows {@link #describeBadRows()} lists before it only gives the total. */
    public static final int SHOWN_BAD_ROWS = 20;

    public ImportReport {
        badRows = List.copyOf(badRows);
    }

    public boolean hasBadRows() {
        return !badRows.isEmpty();
    }

    /** The first {@value #SHOWN_BAD_ROWS} bad rows, one per line, and how many more there are. */
    public String describeBadRows() {
        String shown = badRows.stream().limit(SHOWN_BAD_ROWS).map(b -> "  " + b)
                .collect(Collectors.joining("\n"));
        int more = badRows.size() - SHOWN_BAD_ROWS;
        return more > 0 ? shown + "\n  ... and " + more + " more (" + badRows.size() + " bad rows in total)" : shown;
    }
}
