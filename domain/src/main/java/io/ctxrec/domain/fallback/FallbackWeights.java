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

    /** By name, ignoring case; null or a name without a profile of its own (ItemPop) gets {@code otherwise}. */
    public WeightProfile forModel(String modelName) {
        if (modelName == null) {
            return otherwise;
        }
        String key = modelName.trim().toLowerCase(Locale.ROOT);
        return byModel.entrySet().stream().filter(e -> e.getKey().key().equals(key)).map(Map.Entry::getValue)
                .findFirst().orElse(otherwise);
    }

    public WeightProfile forModel(ModelName model) {
        return byModel.getOrDefault(model, otherwise);
    }
}
