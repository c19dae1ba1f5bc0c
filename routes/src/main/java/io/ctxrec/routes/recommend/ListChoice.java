package io.ctxrec.routes.recommend;

import io.ctxrec.domain.encoding.EncoderSet;
import io.ctxrec.domain.fallback.Backfill;
import io.ctxrec.domain.fallback.FallbackRecommender;
import io.ctxrec.domain.fallback.FallbackWeights;
import io.ctxrec.domain.fallback.HeuristicFallback;
import io.ctxrec.domain.fallback.Reason;
import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.port.RecommendedItem;
import io.ctxrec.domain.scoring.ScoredItem;
import io.ctxrec.domain.selection.ModelMetrics;
import io.ctxrec.domain.selection.ModelSelectionPolicy;
import io.ctxrec.domain.selection.Selection;
import io.ctxrec.routes.scoring.AnsweredLists;
import io.ctxrec.routes.scoring.ScoringTask;
import io.ctxrec.routes.scoring.ScoringUnavailableException;
import io.ctxrec.routes.scoring.ServingVersion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which list a request gets. {@link #plan}: the task the models score, or none when no version serves,
 * the user is unknown to its encoders (cold start) or no active product is known. {@link #choose}: the
 * list of the model the {@link ModelSelectionPolicy} prefers (MAP@10, then precision@10, on the user's
 * purchases; offline metrics for a user without any), without what the user must not be offered, topped
 * up to the limit by the {@link Backfill} weighted for the winner. {@link #fallback} and
 * {@link #afterFailure}: the heuristic list (categories, then brands, then popular products) weighted as
 * for the model that would have served ({@code heuristic:ENCM}), or by the default weights
 * ({@code heuristic}) while no version serves.
 */
public class ListChoice {
    /** The candidates of one shop reading under one version: the same for every request until either changes. */
    private record Candidates(ShopSnapshot.Shop shop, ServingVersion version, List<String> ids, int[] indexes) {
    }

    private final ModelSelectionPolicy policy;
    private final ShopSnapshot shop;
    private final FallbackWeights weights;
    private volatile Candidates last;

    public ListChoice(ModelSelectionPolicy policy, ShopSnapshot shop, FallbackWeights weights) {
        this.policy = policy;
        this.shop = shop;
        this.weights = weights;
    }

    /** Encodes the user, the active products the version knows (the others may come in through the backfill) and the context. */
    public void plan(RecommendationState state) {
        state.scoringTask(task(state.version(), state.profile(), state.query()));
    }

    private ScoringTask task(ServingVersion version, UserProfile profile, RecommendationQuery query) {
        if (version == null) {
            return null;
        }
        EncoderSet encoders = version.encoders();
        OptionalInt user = encoders.users().indexOf(profile.userId());
        if (user.isEmpty()) {
            return null;
        }
        Candidates c = candidates(shop.current(), version);
        if (c.ids().isEmpty()) {
            return null;
        }
        // Purchases stay in each model's list, to judge it by them; enough beyond them to fill the limit.
        int k = Math.min(c.ids().size(), Math.max(ModelSelectionPolicy.K, query.limit() + profile.purchased().size()));
        return new ScoringTask(version, user.getAsInt(), c.ids(), c.indexes(),
                encoders.encodeContext(profile.context().features()), k);
    }

    private Candidates candidates(ShopSnapshot.Shop now, ServingVersion version) {
        Candidates held = last;
        if (held != null && held.shop() == now && held.version() == version) {
            return held;
        }
        EncoderSet encoders = version.encoders();
        List<String> ids = new ArrayList<>();
        int[] indexes = new int[now.active().size()];
        for (Product p : now.active()) {
            OptionalInt i = encoders.items().indexOf(p.id());
            if (i.isPresent()) {
                indexes[ids.size()] = i.getAsInt();
                ids.add(p.id());
            }
        }
        Candidates fresh = new Candidates(now, version, List.copyOf(ids), Arrays.copyOf(indexes, ids.size()));
        last = fresh;
        return fresh;
    }

    /**
     * The winner's list. Reported metrics are per answering model on the user's purchases, or the offline
     * ones when the user bought nothing. No model answering is a {@link ScoringUnavailableException}.
     */
    public void choose(RecommendationState state) {
        AnsweredLists answered = state.answered();
        UserProfile profile = state.profile();
        if (answered.isEmpty()) {
            throw new ScoringUnavailableException("no model answered for user " + profile.userId());
        }
        int limit = state.query().limit();
        Map<String, ModelMetrics> offline = state.version().offline();
        Selection selection = policy.select(answered.rankings(), profile.purchased(), offline).orElseThrow();
        List<RecommendedItem> chosen = new ArrayList<>();
        for (ScoredItem s : answered.of(selection.winner()).items()) {
            if (chosen.size() < limit && !profile.excluded().contains(s.productId())) {
                chosen.add(new RecommendedItem(s.productId(), s.score(), Reason.MODEL));
            }
        }
        ShopSnapshot.Shop now = shop.current();
        List<RecommendedItem> items = new Backfill(new HeuristicFallback(weights.forModel(selection.winner())))
                .complete(chosen, now.active(), now.purchaseIntent(), profile.taste(), limit);
        state.list(new Recommendation(RecommendationSource.MODEL, selection.winner(), state.versionName(),
                metrics(selection, answered, offline), items, true));
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

    /** No version serves, or the user is new to it: the list is as good as it gets, so it is cached. */
    public void fallback(RecommendationState state) {
        state.list(heuristic(state, true));
    }

    /** The models failed or the circuit is open: a stand-in, not cached. */
    public void afterFailure(RecommendationState state) {
        state.list(heuristic(state, false));
    }

    private Recommendation heuristic(RecommendationState state, boolean cacheable) {
        ServingVersion version = state.version();
        String model = version == null ? null : preferred(version);
        ShopSnapshot.Shop now = shop.current();
        List<RecommendedItem> items = FallbackRecommender.weightedBy(weights.forModel(model))
                .recommend(now.active(), now.purchaseIntent(), state.profile().taste(), state.query().limit());
        return new Recommendation(RecommendationSource.FALLBACK, model == null ? "heuristic" : "heuristic:" + model,
                state.versionName(), Map.of(), items, cacheable);
    }

    private String preferred(ServingVersion version) {
        Map<String, List<String>> none = new TreeMap<>();
        version.models().keySet().forEach(m -> none.put(m.displayName(), List.of()));
        return policy.select(none, Set.of(), version.offline()).map(Selection::winner).orElse(null);
    }
}
