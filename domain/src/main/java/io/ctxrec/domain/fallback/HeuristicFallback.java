package io.ctxrec.domain.fallback;

import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.scoring.ScoredItem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores products without a model: a weighted sum ({@link WeightProfile}) of five signals, each
 * min-max normalised over the candidates. Rating count, views and purchase intent are counts with a
 * long tail, so they are scaled after {@code log1p}: one blockbuster does not squash everything else
 * to 0. An unrated product's rating counts as 0, below any real rating.
 */
public final class HeuristicFallback {
    private final WeightProfile weights;

    public HeuristicFallback(WeightProfile weights) {
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    /**
     * Candidates best first (score descending, then id), scores in [0, 1].
     *
     * @param purchaseIntent per product id, its cart plus purchase interactions; a missing id counts 0
     */
    public List<ScoredItem> rank(List<Product> candidates, Map<String, Long> purchaseIntent) {
        Objects.requireNonNull(purchaseIntent, "purchaseIntent");
        int n = candidates.size();
        double[] rating = new double[n];
        double[] ratingCount = new double[n];
        double[] views = new double[n];
        double[] discount = new double[n];
        double[] intent = new double[n];
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < n; i++) {
            Product p = candidates.get(i);
            if (!ids.add(p.id())) {
                throw new IllegalArgumentException("candidate product " + p.id() + " is listed twice");
            }
            rating[i] = p.ratingCount() > 0 ? p.ratingAvg() : 0;
            ratingCount[i] = Math.log1p(p.ratingCount());
            views[i] = Math.log1p(p.viewCount());
            discount[i] = p.discount();
            intent[i] = Math.log1p(intentOf(p.id(), purchaseIntent));
        }
        double[][] scaled = {MinMax.normalise(rating), MinMax.normalise(ratingCount), MinMax.normalise(views),
                MinMax.normalise(discount), MinMax.normalise(intent)};
        double[] w = {weights.rating(), weights.ratingCount(), weights.views(), weights.discount(), weights.purchaseIntent()};
        List<ScoredItem> ranked = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double score = 0;
            for (int s = 0; s < w.length; s++) {
                score += w[s] * scaled[s][i];
            }
            ranked.add(new ScoredItem(candidates.get(i).id(), score));
        }
        ranked.sort(ScoredItem.BEST_FIRST);
        return ranked;
    }

    private static long intentOf(String productId, Map<String, Long> purchaseIntent) {
        Long count = purchaseIntent.get(productId);
        if (count != null && count < 0) {
            throw new IllegalArgumentException("purchase intent of " + productId + " must not be negative, was " + count);
        }
        return count == null ? 0 : count;
    }
}
