package io.ctxrec.training.ingest;

/** What an import does when some rows are bad; either way every bad row is reported. */
public enum ImportMode {
    /** One bad row and nothing is loaded. */
    STRICT,
    /** The good rows are loaded. */
    SKIP_BAD_ROWS
}
