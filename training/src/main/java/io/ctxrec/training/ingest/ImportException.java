package io.ctxrec.training.ingest;

/** A file that could not be imported as a whole; nothing of it was loaded. The report lists every bad row. */
public class ImportException extends RuntimeException {
    private final transient ImportReport report;

    public ImportException(String summary, ImportReport report) {
        super(summary + "\n" + report.describeBadRows());
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
