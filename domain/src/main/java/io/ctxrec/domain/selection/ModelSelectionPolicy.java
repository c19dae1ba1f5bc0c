package io.ctxrec.domain.selection;

import io.ctxrec.domain.metrics.RankingMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Picks the model whose list to show a user, as a cascade in which each rule keeps only the best of
 * the models still tied: (0) for a user without purchases, no model whose offline MAP@10 is below
 * {@value #POPULARITY}'s serves (popularity is the floor: {@value #POPULARITY} itself is a candidate, and
 * serves when every model is below it); (1) MAP@10, then precision@10, against the user's purchases, when
 * there are any; (2) the offline MAP@10, then precision@10, of the active version, among models that have
 * them; (3) the {@link PreferenceOrder}. The {@link SelectionRule} reported is the first rule that
 * left a single model. No candidate at all gives {@link Optional#empty()}, not an exception.
 */
public final class ModelSelectionPolicy {
    public static final int K = 10;
    /** The popularity baseline's name among the candidates and offline metrics. */
    public static final String POPULARITY = "ItemPop";
    private static final double TIE_TOLERANCE = 1e-12;

    private final PreferenceOrder preference;

    public ModelSelectionPolicy(PreferenceOrder preference) {
        this.preference = Objects.requireNonNull(preference, "preference");
    }

    public static ModelSelectionPolicy withDefaultPreference() {
        return new ModelSelectionPolicy(PreferenceOrder.DEFAULT);
    }

    /**
     * @param topKByModel each candidate model's ranked product ids (only the first {@value #K} count)
     * @param purchased   the user's purchased product ids, possibly none
     * @param offline     offline metrics of the active version by model name; may lack some or all
     */
    public Optional<Selection> select(Map<String, List<String>> topKByModel, Set<String> purchased,
                                      Map<String, ModelMetrics> offline) {
        Objects.requireNonNull(purchased, "purchased");
        Objects.requireNonNull(offline, "offline");
        List<String> tied = new ArrayList<>(new TreeSet<>(topKByModel.keySet()));
        if (tied.isEmpty()) {
            return Optional.empty();
        }
        if (purchased.isEmpty()) {
            tied = notBelowPopularity(tied, offline);
            if (tied.size() == 1) {
                return Optional.of(new Selection(tied.get(0), SelectionRule.POPULARITY_FLOOR, Map.of()));
            }
        }
        Map<String, ModelMetrics> onPurchases = purchased.isEmpty() ? Map.of() : measure(topKByModel, purchased);
        if (!onPurchases.isEmpty()) {
            tied = best(tied, onPurchases::get);
            if (tied.size() == 1) {
                return Optional.of(new Selection(tied.get(0), SelectionRule.BY_USER_PURCHASES, onPurchases));
            }
        }
        List<String> withOffline = tied.stream().filter(offline::containsKey).toList();
        if (!withOffline.isEmpty()) {
            tied = best(withOffline, offline::get);
            if (tied.size() == 1) {
                return Optional.of(new Selection(tied.get(0), SelectionRule.BY_OFFLINE_METRICS, onPurchases));
            }
        }
        String winner = tied.stream().min(preference.comparator()).orElseThrow();
        return Optional.of(new Selection(winner, SelectionRule.BY_PREFERENCE, onPurchases));
    }

    // Without the baseline's offline MAP there is no floor; with it, a model without offline metrics is not
    // known to reach it and stays a candidate only if nothing that is known to reach it does.
    private static List<String> notBelowPopularity(List<String> models, Map<String, ModelMetrics> offline) {
        ModelMetrics floor = offline.get(POPULARITY);
        if (floor == null) {
            return models;
        }
        List<String> kept = models.stream().filter(m -> offline.containsKey(m)
                && offline.get(m).map() >= floor.map() - TIE_TOLERANCE).toList();
        return kept.isEmpty() ? models : kept;
    }

    // A model with an empty list has hit none of the purchases: 0, not "unknown".
    private static Map<String, ModelMetrics> measure(Map<String, List<String>> topKByModel, Set<String> purchased) {
        Map<String, ModelMetrics> metrics = new TreeMap<>();
        topKByModel.forEach((model, topK) -> metrics.put(model, new ModelMetrics(
                RankingMetrics.averagePrecisionAt(topK, purchased, K).orElse(0),
                RankingMetrics.precisionAt(topK, purchased, K).orElse(0))));
        return metrics;
    }

    // Two stages with a tolerance, so MAPs equal on paper but summed in another order still tie.
    private static List<String> best(List<String> models, Function<String, ModelMetrics> metrics) {
        List<String> bestMap = top(models, m -> metrics.apply(m).map());
        return top(bestMap, m -> metrics.apply(m).precision());
    }

    private static List<String> top(List<String> models, ToDoubleFunction<String> value) {
        double max = models.stream().mapToDouble(value).max().orElseThrow();
        return models.stream().filter(m -> value.applyAsDouble(m) >= max - TIE_TOLERANCE).toList();
    }
}
