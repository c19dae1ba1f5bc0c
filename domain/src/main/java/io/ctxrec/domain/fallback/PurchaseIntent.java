package io.ctxrec.domain.fallback;

import io.ctxrec.domain.model.Interaction;
import java.util.HashMap;
import java.util.Map;

/** The purchase-intent signal of the {@link HeuristicFallback}: cart and purchase interactions per product. */
public final class PurchaseIntent {
    private PurchaseIntent() {
    }

    public static Map<String, Long> count(Iterable<Interaction> interactions) {
        Map<String, Long> counts = new HashMap<>();
        for (Interaction i : interactions) {
            if (i.action().isPositive()) {
                counts.merge(i.productId(), 1L, Long::sum);
            }
        }
        return counts;
    }
}
