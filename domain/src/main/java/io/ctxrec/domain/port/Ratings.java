package io.ctxrec.domain.port;

import io.ctxrec.domain.model.Rating;
import java.util.List;
import java.util.function.Consumer;

/** Star ratings and comments (the {@code comments} table). */
public interface Ratings {

    /** Stores one rating and updates the product's rating average and count. */
    void record(Rating rating);

    List<Rating> forProduct(String productId, int limit);

    void forEach(Consumer<Rating> sink);

    long count();
}
