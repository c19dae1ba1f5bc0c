package io.ctxrec.domain.port;

import io.ctxrec.domain.selection.ModelMetrics;
import io.ctxrec.domain.selection.ModelSelectionPolicy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One model's offline evaluation in a version's training run, or the {@value #BASELINE} baseline's:
 * its figures by name in the run's order (the evaluation metrics, then for a trained model its training
 * figures; one that was not measured is absent), the average loss of each training epoch, the epoch early
 * stopping chose (0 without early stopping, as for the baseline) and the validation NDCG@K of each epoch it
 * watched; for the ensemble, its weight of each model it was fitted over (empty for any other model).
 * {@value #MAP} and {@value #PRECISION} rank against the sampled negatives at the run's cut-off.
 */
public record OfflineResult(String model, Map<String, Double> metrics, List<Double> lossCurve, int bestEpoch,
                            List<Double> validationCurve, Map<String, Double> memberWeights) {
    public static final String BASELINE = ModelSelectionPolicy.POPULARITY;
    public static final String MAP = "map";
    public static final String PRECISION = "precision";
    /** The metrics that are counts (cut-off, test cases, epochs, batch size), whole numbers though held as doubles. */
    public static final Set<String> COUNTS = Set.of("k", "cases", "epochs", "batch_size", "full_cases");

    public OfflineResult {
        Objects.requireNonNull(model, "model");
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        metrics.forEach((name, value) -> Objects.requireNonNull(value, name));
        lossCurve = List.copyOf(lossCurve);
        if (bestEpoch < 0) {
            throw new IllegalArgumentException(model + ": best epoch must not be negative, was " + bestEpoch);
        }
        validationCurve = List.copyOf(validationCurve);
        memberWeights = Collections.unmodifiableMap(new LinkedHashMap<>(memberWeights));
    }

    /** Not an ensemble. */
    public OfflineResult(String model, Map<String, Double> metrics, List<Double> lossCurve, int bestEpoch,
                         List<Double> validationCurve) {
        this(model, metrics, lossCurve, bestEpoch, validationCurve, Map.of());
    }

    /** Trained without early stopping (or the baseline). */
    public OfflineResult(String model, Map<String, Double> metrics, List<Double> lossCurve) {
        this(model, metrics, lossCurve, 0, List.of());
    }

    /** True for the ItemPop baseline, which was not trained. */
    public boolean baseline() {
        return BASELINE.equals(model);
    }

    public OptionalDouble metric(String name) {
        Double value = metrics.get(name);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /**
     * MAP and precision for model selection, the baseline's included (it is a candidate, and the floor for users
     * without purchases); empty when either was not measured.
     */
    public Optional<ModelMetrics> selectionMetrics() {
        if (!metrics.containsKey(MAP) || !metrics.containsKey(PRECISION)) {
            return Optional.empty();
        }
        return Optional.of(new ModelMetrics(metrics.get(MAP), metrics.get(PRECISION)));
    }

    /** The highest MAP among the trained models (the baseline excluded), empty if none was measured. */
    public static OptionalDouble bestMap(List<OfflineResult> results) {
        return results.stream().filter(r -> !r.baseline()).map(r -> r.metric(MAP))
                .filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).max();
    }
}
