package io.ctxrec.domain.port;

import io.ctxrec.domain.fallback.Reason;
import io.ctxrec.domain.model.Ids;
import java.util.Objects;

/** One entry of a recommendation list: the product, its score and why it is there. */
public record RecommendedItem(String productId, double score, Reason reason) {
    public RecommendedItem {
        productId = Ids.require(productId, "productId");
        Objects.requireNonNull(reason, "reason");
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("score of " + productId + " is NaN");
        }
    }
}
