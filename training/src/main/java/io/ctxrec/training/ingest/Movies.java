package io.ctxrec.training.ingest;

import io.ctxrec.domain.model.Action;
import io.ctxrec.domain.model.Product;
import java.math.BigDecimal;

/** What the two movie datasets share: ratings as implicit feedback, and movies as catalog entries. */
final class Movies {
    private Movies() {
    }

    /** Four or five stars is a positive signal, recorded as a purchase; anything else as a view. */
    static Action actionFor(int stars) {
        return stars >= 4 ? Action.PURCHASE : Action.VIEW;
    }

    /** "Movie <id>" in category "movie", brand "unknown", price 0: the datasets have no catalog. */
    static Product product(String id) {
        return new Product(id, "Movie " + id, BigDecimal.ZERO, 0, null, "movie", "unknown", Product.ACTIVE, 0, 0, 0);
    }
}
