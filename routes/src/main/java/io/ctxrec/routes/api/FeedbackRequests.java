package io.ctxrec.routes.api;

/** The JSON bodies of the feedback endpoints. */
final class FeedbackRequests {
    private FeedbackRequests() {
    }

    /** {@code POST /api/interactions}; deviceType defaults to the User-Agent's, timestamp to now. */
    record InteractionRequest(String userId, String productId, String action, String deviceType, String timestamp) {
    }

    /** {@code POST /api/ratings}. */
    record RatingRequest(String userId, String productId, Integer stars, String comment) {
    }
}
