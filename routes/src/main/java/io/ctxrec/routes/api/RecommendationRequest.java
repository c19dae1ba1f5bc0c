package io.ctxrec.routes.api;

/** The JSON body of {@code POST /api/recommendations/init}; every field may instead come as a query parameter. */
record RecommendationRequest(String userId, Integer limit, String deviceType, String at) {
}
