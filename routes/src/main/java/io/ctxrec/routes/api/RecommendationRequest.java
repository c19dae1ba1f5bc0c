package io.ctxrec.routes.api;

import java.util.Map;

/**
 * The JSON body of {@code POST /api/recommendations/init}; every field may instead come as a query parameter,
 * {@code context}'s features as {@code ctx_<name>} ones.
 */
record RecommendationRequest(String userId, Integer limit, String deviceType, String at, Map<String, String> context) {
}
