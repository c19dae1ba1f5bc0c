package io.ctxrec.routes.scoring;

import io.ctxrec.domain.scoring.ScoredItem;
import java.util.List;
import java.util.Objects;

/** One model's best products for one user, best first. */
public record ModelTopK(String model, List<ScoredItem> items) {
    public ModelTopK {
        Objects.requireNonNull(model, "model");
        items = List.copyOf(items);
    }

    public List<String> productIds() {
        return items.stream().map(ScoredItem::productId).toList();
    }
}
