package io.ctxrec.domain.fallback;

import io.ctxrec.domain.scoring.ModelName;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Which {@link WeightProfile} the heuristic fallback uses: that of the model that would have served, so the
 * fallback a user sees while a model is unavailable resembles that model's list, or {@code otherwise} when
 * there is none or it has no profile of its own.
 */
public record FallbackWeights(WeightProfile otherwise, Map<ModelName, WeightProfile> byModel) {

    public FallbackWeights {
        Objects.requireNonNull(otherwise, "otherwise");
        byModel = Map.copyOf(byModel);
    }

    /** By display or enum name, ignoring case; null or a name that is no model (ItemPop) gets {@code otherwise}. */
    public WeightProfile forModel(String modelName) {
        if (modelName == null) {
            return otherwise;
        }
        String name = modelName.trim().toUpperCase(Locale.ROOT);
        for (ModelName m : ModelName.values()) {
            if (m.name().equals(name)) {
                return forModel(m);
            }
        }
        return otherwise;
    }

    public WeightProfile forModel(ModelName model) {
        return byModel.getOrDefault(model, otherwise);
    }
}
