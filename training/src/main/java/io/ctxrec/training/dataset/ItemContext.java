package io.ctxrec.training.dataset;

import io.ctxrec.domain.encoding.ContextEncoder;
import io.ctxrec.domain.encoding.EncoderSet;
import io.ctxrec.domain.model.Context;
import io.ctxrec.domain.model.Product;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The context feature that is a property of the item: the category. {@code indexByItem[i]} is item i's
 * own category, encoded by the category encoder (0 if the product has none or one unseen in training).
 * Every example and every scored item takes its own item's value at {@code position}; otherwise sampled
 * negatives would carry their positive's category and a model would learn "same category, positive".
 */
public record ItemContext(String feature, int position, int[] indexByItem) {

    public ItemContext {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(indexByItem, "indexByItem");
        if (position < 0) {
            throw new IllegalArgumentException("item context position must be >= 0, was " + position);
        }
    }

    /** The category of each catalog product in item index order; empty when category is not a kept feature. */
    static Optional<ItemContext> category(EncoderSet encoders, List<Product> catalog) {
        return encoders.positionOf(Context.CATEGORY).stream().mapToObj(position -> {
            ContextEncoder encoder = encoders.contexts().get(position);
            int[] byItem = new int[encoders.nItems()];
            for (Product p : catalog) {
                int item = encoders.items().indexOf(p.id()).orElseThrow(
                        () -> new IllegalStateException("product " + p.id() + " is not in the item encoder"));
                byItem[item] = encoder.indexOf(p.category());
            }
            return new ItemContext(Context.CATEGORY, position, byItem);
        }).findFirst();
    }

    int indexOf(int item) {
        return indexByItem[item];
    }
}
