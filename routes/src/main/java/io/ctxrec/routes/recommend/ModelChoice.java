package io.ctxrec.routes.recommend;

import io.ctxrec.domain.fallback.Backfill;
import io.ctxrec.domain.fallback.FallbackWeights;
import io.ctxrec.domain.fallback.HeuristicFallback;
import io.ctxrec.domain.fallback.Reason;
import io.ctxrec.domain.port.RecommendedItem;
import io.ctxrec.domain.scoring.ScoredItem;
import io.ctxrec.domain.selection.ModelMetrics;
import io.ctxrec.domain.selection.ModelSelectionPolicy;
import io.ctxrec.domain.selection.Selection;
import io.ctxrec.routes.scoring.AnsweredLists;
import io.ctxrec.routes.scoring.ScoringUnavailableException;
import io.ctxrec.routes.scoring.ServingVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Picks the list to show from the models that answered ({@link ModelSelectionPolicy}: MAP@10, then
 * precision@10, on the user's purchases; offline metrics for a user without any), leaves out what the
 * user must not be offered and tops it up to the limit with the {@link Backfill} weighted for the winner.
 * Reported metrics are per answering model on the user's purchases, or the offline ones when the user
 * bought nothing. No model answering is a {@link ScoringUnavailableException}.
 */
public class ModelChoice {
    private final ModelSelectionPolicy policy;
    private final ShopSnapshot shop;
    private final FallbackWeights weights;

    public ModelChoice(ModelSelectionPolicy policy, ShopSnapshot shop, FallbackWeights weights) {
        this.policy = policy;
        this.shop = shop;
        this.weights = weights;
    }

    public Recommendation choose(Object results, UserProfile profile, RecommendationQuery query,
                                 ServingVersion version) {
        AnsweredLists answered = results instanceof AnsweredLists r ? r : AnsweredLists.NONE;
        if (answered.isEmpty()) {
            throw new ScoringUnavailableException("no model answered for user " + profile.userId());
        }
        Map<String, ModelMetrics> offline = version.offline();
        Selection selection = policy.select(answered.rankings(), profile.purchased(), offline).orElseThrow();
        List<RecommendedItem> chosen = new ArrayList<>();
        for (ScoredItem s : answered.of(selection.winner()).items()) {
            if (chosen.size() < query.limit() && !profile.excluded().contains(s.productId())) {
                chosen.add(new RecommendedItem(s.productId(), s.score(), Reason.MODEL));
            }
        }
        ShopSnapshot.Shop now = shop.current();
        List<RecommendedItem> items = new Backfill(new HeuristicFallback(weights.forModel(selection.winner())))
                .complete(chosen, now.active(), now.purchaseIntent(), profile.taste(), query.limit());
        return new Recommendation(RecommendationSource.MODEL, selection.winner(), version.version(),
                metrics(selection, answered, offline), items, true);
    }

    private static Map<String, Map<String, Double>> metrics(Selection selection, AnsweredLists answered,
                                                            Map<String, ModelMetrics> offline) {
        Map<String, Map<String, Double>> shown = new TreeMap<>();
        Map<String, ModelMetrics> source = selection.metrics().isEmpty() ? offline : selection.metrics();
        answered.rankings().keySet().forEach(model -> {
            if (source.containsKey(model)) {
                shown.put(model, source.get(model).asMap());
            }
        });
        return shown;
    }
}
