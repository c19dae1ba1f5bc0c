package io.ctxrec.adapters.dl4j;

import java.util.Arrays;
import java.util.Objects;

/**
 * A context feature that describes the item, not the request (the product's category): scoring puts
 * {@code indexByItem[item]} at context position {@code position} for each scored item, whatever the
 * request said there. Trained the same way, a model cannot learn "request category equals item
 * category" from negatives that carry their positive's category.
 */
public record ItemFeature(String feature, int position, int[] indexByItem) {

    public ItemFeature {
        if (feature == null || feature.isBlank()) {
            throw new IllegalArgumentException("item feature name is required");
        }
        if (position < 0) {
            throw new IllegalArgumentException("item feature " + feature + ": position must be >= 0, was " + position);
        }
        Objects.requireNonNull(indexByItem, "indexByItem");
        indexByItem = indexByItem.clone();
    }

    public int indexOf(int item) {
        return indexByItem[item];
    }

    @Override
    public int[] indexByItem() {
        return indexByItem.clone();
    }

    /** Checks that the table covers every item of the model and stays within the feature's embedding. */
    void checkFits(ModelConfig config) {
        if (position >= config.nContextFeatures()) {
            throw new IllegalArgumentException("item feature " + feature + " is at position " + position
                    + ", the model has " + config.nContextFeatures() + " context features");
        }
        if (indexByItem.length != config.nItems()) {
            throw new IllegalArgumentException("item feature " + feature + " has " + indexByItem.length
                    + " items, the model " + config.nItems());
        }
        IndexRange.check("item feature " + feature, indexByItem, config.contextSizes()[position]);
    }

    // A record compares arrays by reference; two features are equal when their tables are.
    @Override
    public boolean equals(Object o) {
        return o instanceof ItemFeature f && feature.equals(f.feature) && position == f.position
                && Arrays.equals(indexByItem, f.indexByItem);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hash(feature, position) + Arrays.hashCode(indexByItem);
    }

    @Override
    public String toString() {
        return "ItemFeature[" + feature + " at " + position + ", " + indexByItem.length + " items]";
    }
}
