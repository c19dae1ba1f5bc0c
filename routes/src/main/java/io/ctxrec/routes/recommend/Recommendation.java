package io.ctxrec.routes.recommend;

import io.ctxrec.domain.port.RecommendedItem;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A freshly computed list before it is saved and hydrated. {@code source} is
 * {@link RecommendationSource#MODEL} or {@link RecommendationSource#FALLBACK}; {@code cacheable} is false for a fallback that stood in for failing models, so the
 * next request tries the models again instead of reading the stand-in from the cache.
 */
public record Recommendation(RecommendationSource source, String model, String version, Map<String, Map<String, Double>> metrics,
                             List<RecommendedItem> items, boolean cacheable) {
    /** The version recorded for lists made while no model version was active. */
    public static final String NO_VERSION = "none";

    public Recommendation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(version, "version");
        metrics = Map.copyOf(metrics);
        items = List.copyOf(items);
    }
}
