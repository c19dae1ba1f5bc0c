package io.ctxrec.domain.fallback;

import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.port.RecommendedItem;
import io.ctxrec.domain.scoring.ScoredItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Tops a recommendation list up to {@code limit}: first products of a category the user touched
 * ({@link Reason#SAME_CATEGORY}), then of a brand they touched ({@link Reason#SAME_BRAND}), then
 * any other ({@link Reason#POPULAR}); within a tier by heuristic score, then id. Never repeats an
 * item, never adds an excluded or inactive one. Heuristic scores are normalised over all active
 * candidates, so an item's score does not depend on who asks. A list already longer than
 * {@code limit} is cut to it.
 */
public final class Backfill {
    private static final List<Reason> TIERS = List.of(Reason.SAME_CATEGORY, Reason.SAME_BRAND, Reason.POPULAR);

    private final HeuristicFallback heuristic;

    public Backfill(HeuristicFallback heuristic) {
        this.heuristic = Objects.requireNonNull(heuristic, "heuristic");
    }

    public List<RecommendedItem> complete(List<RecommendedItem> chosen, List<Product> candidates,
                                          Map<String, Long> purchaseIntent, UserTaste taste, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
        Set<String> taken = new HashSet<>();
        for (RecommendedItem item : chosen) {
            if (!taken.add(item.productId())) {
                throw new IllegalArgumentException("chosen list repeats product " + item.productId());
            }
        }
        List<RecommendedItem> result = new ArrayList<>(chosen.subList(0, Math.min(limit, chosen.size())));
        if (result.size() == limit) {
            return result; // full already: ranking every active product would add nothing
        }
        List<Product> activeList = candidates.stream().filter(Product::isActive).toList();
        List<ScoredItem> scored = heuristic.rank(activeList, purchaseIntent);
        Map<String, Product> active = new HashMap<>();
        activeList.forEach(p -> active.put(p.id(), p));
        List<RecommendedItem> extra = new ArrayList<>();
        for (ScoredItem s : scored) {
            if (!taken.contains(s.productId()) && !taste.excluded().contains(s.productId())) {
                extra.add(new RecommendedItem(s.productId(), s.score(), tierOf(active.get(s.productId()), taste)));
            }
        }
        // Stable sort: the heuristic order (score, then id) survives inside each tier.
        extra.sort(Comparator.comparingInt(item -> TIERS.indexOf(item.reason())));
        for (int i = 0; result.size() < limit && i < extra.size(); i++) {
            result.add(extra.get(i));
        }
        return result;
    }

    private static Reason tierOf(Product p, UserTaste taste) {
        if (p.category() != null && taste.categories().contains(p.category())) {
            return Reason.SAME_CATEGORY;
        }
        return p.brand() != null && taste.brands().contains(p.brand()) ? Reason.SAME_BRAND : Reason.POPULAR;
    }
}
