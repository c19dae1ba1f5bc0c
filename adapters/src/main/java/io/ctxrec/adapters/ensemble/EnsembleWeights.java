package io.ctxrec.adapters.ensemble;

import io.ctxrec.domain.scoring.ModelName;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The ensemble's weight of each model it was fitted over, in that order: none negative, summing to 1.
 * The models of positive weight are its members.
 */
record EnsembleWeights(Map<ModelName, Double> all) {
    private static final double TOLERANCE = 1e-6;

    EnsembleWeights {
        all = Collections.unmodifiableMap(new LinkedHashMap<>(all));
        double sum = 0;
        for (Map.Entry<ModelName, Double> e : all.entrySet()) {
            if (!(e.getValue() >= 0) || Double.isInfinite(e.getValue())) {
                throw new IllegalArgumentException("the ensemble's weight of " + e.getKey()
                        + " must be a number >= 0, was " + e.getValue());
            }
            sum += e.getValue();
        }
        if (Math.abs(sum - 1) > TOLERANCE) {
            throw new IllegalArgumentException("the ensemble's weights must sum to 1, were " + all);
        }
    }

    /** The same weight for each of {@code models}. */
    static EnsembleWeights equal(List<ModelName> models) {
        Map<ModelName, Double> weights = new LinkedHashMap<>();
        models.forEach(m -> weights.put(m, 1.0 / models.size()));
        return new EnsembleWeights(weights);
    }

    List<ModelName> members() {
        return all.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
    }

    double of(ModelName model) {
        return all.getOrDefault(model, 0.0);
    }

    @Override
    public String toString() {
        return all.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
