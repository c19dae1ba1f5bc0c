package io.ctxrec.routes.api;

/** The fields of the feedback endpoints (query parameters, a JSON or a form body). */
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
