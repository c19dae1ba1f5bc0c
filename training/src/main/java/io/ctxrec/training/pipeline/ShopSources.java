package io.ctxrec.training.pipeline;

import io.ctxrec.domain.port.InteractionHistory;
import io.ctxrec.domain.port.ProductCatalog;
import io.ctxrec.domain.port.Ratings;
import java.util.Objects;

/** The ports a training run reads its data from. */
public record ShopSources(InteractionHistory history, ProductCatalog catalog, Ratings ratings) {

    public ShopSources {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(ratings, "ratings");
    }
}
