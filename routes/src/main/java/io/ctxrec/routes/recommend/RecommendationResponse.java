package io.ctxrec.routes.recommend;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the recommendation routes answer. {@code source} is {@code cache}, {@code model} or
 * {@code fallback} ({@link RecommendationSource#code()}); {@code metrics} is model name to {"precision@10": .., "map@10": ..} for this user;
 * {@code context} is feature name to value; {@code stale} is true for a list held in memory answering while
 * the database cannot be reached (it may miss what happened since).
 */
public record RecommendationResponse(String userId, String source, String model, String modelVersion,
                                     Map<String, String> context, Map<String, Map<String, Double>> metrics,
                                     List<RecommendedProduct> items, Instant generatedAt, boolean stale) {
    public RecommendationResponse {
        context = Map.copyOf(context);
        metrics = Map.copyOf(metrics);
        items = List.copyOf(items);
    }

    /** A response read or computed with the database at hand. */
    public RecommendationResponse(String userId, String source, String model, String modelVersion,
                                  Map<String, String> context, Map<String, Map<String, Double>> metrics,
                                  List<RecommendedProduct> items, Instant generatedAt) {
        this(userId, source, model, modelVersion, context, metrics, items, generatedAt, false);
    }
}
