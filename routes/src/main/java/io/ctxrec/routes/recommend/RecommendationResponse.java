package io.ctxrec.routes.recommend;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the recommendation routes answer. {@code source} is {@code cache}, {@code model} or
 * {@code fallback} ({@link RecommendationSource#code()}); {@code cacheHit} is true when the stored list answered
 * (a list request in the context the list was computed for) and false when the list was computed for this
 * request; {@code metrics} is model name to {"precision@10": .., "map@10": ..} for this user;
 * {@code context} is feature name to value, the context the list was computed for.
 */
public record RecommendationResponse(String userId, String source, boolean cacheHit, String model, String modelVersion,
                                     Map<String, String> context, Map<String, Map<String, Double>> metrics,
                                     List<RecommendedProduct> items, Instant generatedAt) {
    public RecommendationResponse {
        context = Map.copyOf(context);
        metrics = Map.copyOf(metrics);
        items = List.copyOf(items);
    }
}
