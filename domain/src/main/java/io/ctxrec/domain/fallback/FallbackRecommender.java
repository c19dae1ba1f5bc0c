package io.ctxrec.domain.fallback;

import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.port.RecommendedItem;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A whole list without any model: a {@link Backfill} of an empty list. So a user with history gets
 * their categories first, then their brands, then the rest, each by heuristic score; a user with
 * none gets everything by heuristic score as {@link Reason#POPULAR}. The list holds exactly
 * min(limit, active candidates not excluded) items.
 */
public final class FallbackRecommender {
    private final Backfill backfill;

    public FallbackRecommender(Backfill backfill) {
        this.backfill = Objects.requireNonNull(backfill, "backfill");
    }

    /** The backfill of a {@link HeuristicFallback} with these weights. */
    public static FallbackRecommender weightedBy(WeightProfile weights) {
        return new FallbackRecommender(new Backfill(new HeuristicFallback(weights)));
    }

    public List<RecommendedItem> recommend(List<Product> candidates, Map<String, Long> purchaseIntent,
                                           UserTaste taste, int limit) {
        return backfill.complete(List.of(), candidates, purchaseIntent, taste, limit);
    }
}
