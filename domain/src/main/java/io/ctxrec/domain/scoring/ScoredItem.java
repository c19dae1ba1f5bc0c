package io.ctxrec.domain.scoring;

import java.util.Comparator;

/** A product id with its score. */
public record ScoredItem(String productId, double score) {

    /** Highest score first; equal scores by product id, so rankings are deterministic. */
    public static final Comparator<ScoredItem> BEST_FIRST =
            Comparator.comparingDouble(ScoredItem::score).reversed().thenComparing(ScoredItem::productId);
}
