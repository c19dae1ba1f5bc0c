package io.ctxrec.training.ingest;

import io.ctxrec.domain.model.Action;
import io.ctxrec.domain.model.DeviceType;
import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.Product;
import java.math.BigDecimal;
import java.util.List;

/**
 * The shop's own export: {@code user_id,product_id,action,timestamp,device_type}. The device column
 * may be empty or left out (unknown). Products the shop does not have are created as "Product <id>"
 * in category and brand "unknown" at price 0, to be completed in the catalog later.
 */
final class InteractionCsvFormat implements RowFormat {
    static final String HEADER = "user_id,product_id,action,timestamp,device_type";

    @Override
    public String header() {
        return HEADER;
    }

    /** The device column may be left out of the header too. */
    @Override
    public boolean acceptsHeader(String line) {
        String h = RowFormat.normalized(line);
        return h.equals(HEADER) || h.equals(HEADER.substring(0, HEADER.lastIndexOf(',')));
    }

    @Override
    public ParsedRow parse(String line, long lineNumber) {
        List<String> f = Fields.split(line, ',');
        if (f.size() != 4 && f.size() != 5) {
            throw new IllegalArgumentException("expected 5 columns (" + HEADER + ", the last may be empty)"
                    + " but found " + f.size());
        }
        DeviceType device = f.size() == 5 && !f.get(4).isEmpty() ? DeviceType.parse(f.get(4)) : DeviceType.UNKNOWN;
        Interaction interaction = new Interaction(f.get(0), f.get(1), Action.parse(f.get(2)), device,
                Fields.timestamp(f.get(3)));
        return new ParsedRow(interaction, null);
    }

    @Override
    public Product newProduct(String productId) {
        return new Product(productId, "Product " + productId, BigDecimal.ZERO, 0, null, "unknown", "unknown",
                Product.ACTIVE, 0, 0, 0);
    }
}
