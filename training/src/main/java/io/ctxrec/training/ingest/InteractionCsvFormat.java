package io.ctxrec.training.ingest;

import io.ctxrec.domain.model.Product;
import java.math.BigDecimal;

/**
 * The csv format: the header names the columns ({@link CsvHeader} has the rules) and each file is read
 * by the {@link CsvLayout} its header gives. The shop's own export,
 * {@code user_id,product_id,action,timestamp,device_type}, is one such header (the device column may be
 * empty or left out); a file with a {@code rating} or {@code count} column and {@code ctx_} columns is
 * another. Products the shop does not have are created as "Product <id>" in category and brand
 * "unknown" at price 0, to be completed in the catalog later.
 */
final class InteractionCsvFormat implements RowFormat {
    static final String HEADER = "user_id,product_id,action,timestamp,device_type";
    private static final CsvLayout SHOP_EXPORT = CsvHeader.read(HEADER);

    @Override
    public String header() {
        return HEADER;
    }

    @Override
    public RowFormat forHeader(String line) {
        return CsvHeader.read(line);
    }

    /** A row of the shop's export, for callers that have no header. */
    @Override
    public ParsedRow parse(String line, long lineNumber) {
        return SHOP_EXPORT.parse(line, lineNumber);
    }

    @Override
    public Product newProduct(String productId) {
        return placeholder(productId);
    }

    static Product placeholder(String productId) {
        return new Product(productId, "Product " + productId, BigDecimal.ZERO, 0, null, "unknown", "unknown",
                Product.ACTIVE, 0, 0, 0);
    }
}
