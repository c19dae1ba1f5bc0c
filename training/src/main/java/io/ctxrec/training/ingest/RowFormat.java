package io.ctxrec.training.ingest;

import io.ctxrec.domain.model.Product;
import java.util.Locale;

/** How one file format reads its rows. Parsing throws {@link IllegalArgumentException} with the reason. */
interface RowFormat {

    /** The header line the file must start with, or null when it has none. */
    String header();

    /** Whether {@code line} is an acceptable header: the expected one, ignoring case, spaces and quotes. */
    default boolean acceptsHeader(String line) {
        return normalized(line).equals(normalized(header()));
    }

    /**
     * How the rest of a file whose first line is {@code line} is read: this format when the header is
     * acceptable; a format whose header names its columns returns the layout it gives. Throws
     * {@link IllegalArgumentException} with the reason otherwise.
     */
    default RowFormat forHeader(String line) {
        if (!acceptsHeader(line)) {
            throw new IllegalArgumentException("header must be '" + header() + "', was '" + line + "'");
        }
        return this;
    }

    ParsedRow parse(String line, long lineNumber);

    /** The placeholder catalog entry for a product the shop does not know yet. */
    Product newProduct(String productId);

    static String normalized(String header) {
        return header.replace("\"", "").replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
