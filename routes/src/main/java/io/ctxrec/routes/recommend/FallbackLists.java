package io.ctxrec.routes.recommend;

import io.ctxrec.domain.fallback.FallbackRecommender;
import io.ctxrec.domain.fallback.FallbackWeights;
import io.ctxrec.domain.port.RecommendedItem;
import io.ctxrec.domain.selection.ModelSelectionPolicy;
import io.ctxrec.routes.scoring.ServingVersion;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Lists without a model: the user's categories, then brands, then popular products, by the heuristic
 * score. The weights ({@code ctxrec.fallback.weights.*}) are those of the model that would have served
 * ({@code heuristic:ENCM}, say: the version's best model offline), or the default ones ({@code heuristic})
 * while no version is active.
 */
public class FallbackLists {
    private final ModelSelectionPolicy policy;
    private final ShopSnapshot shop;
    private final FallbackWeights weights;

    public FallbackLists(ModelSelectionPolicy policy, ShopSnapshot shop, FallbackWeights weights) {
        this.policy = policy;
        this.shop = shop;
        this.weights = weights;
    }

    /** No version serves, or the user is new to it: the list is as good as it gets, so it is cached. */
    public Recommendation recommend(UserProfile profile, RecommendationQuery query, ServingVersion version) {
        return list(profile, query, version, true);
    }

    /** The models failed or the circuit is open: a stand-in, not cached. */
    public Recommendation afterFailure(UserProfile profile, RecommendationQuery query, ServingVersion version) {
        return list(profile, query, version, false);
    }

    private Recommendation list(UserProfile profile, RecommendationQuery query, ServingVersion version,
                                boolean cacheable) {
        String model = version == null ? null : preferred(version);
        ShopSnapshot.Shop now = shop.current();
        List<RecommendedItem> items = FallbackRecommender.weightedBy(weights.forModel(model))
                .recommend(now.active(), now.purchaseIntent(), profile.taste(), query.limit());
        return new Recommendation(RecommendationSource.FALLBACK, model == null ? "heuristic" : "heuristic:" + model,
                version == null ? Recommendation.NO_VERSION : version.version(), Map.of(), items, cacheable);
    }

    private String preferred(ServingVersion version) {
        Map<String, List<String>> none = new TreeMap<>();
        version.models().keySet().forEach(m -> none.put(m.displayName(), List.of()));
        return policy.select(none, Set.of(), version.offline()).map(s -> s.winner()).orElse(null);
    }
}
