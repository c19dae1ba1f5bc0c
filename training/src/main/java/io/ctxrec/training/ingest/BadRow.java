package io.ctxrec.training.ingest;

/** A line of an import file that could not be used, and why. Line numbers start at 1 and count the header. */
public record BadRow(long lineNumber, String reason) {
    @Override
    public String toString() {
        return "line " + lineNumber + ": " + reason;
    }
}
