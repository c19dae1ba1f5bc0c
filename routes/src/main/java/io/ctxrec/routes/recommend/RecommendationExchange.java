package io.ctxrec.routes.recommend;

/** The exchange properties the recommendation and scoring routes share, by name. */
public final class RecommendationExchange {
    /** The {@link RecommendationQuery}. */
    public static final String QUERY = "ctxrecQuery";
    /** The {@link io.ctxrec.routes.scoring.ServingVersion} the request keeps from start to end (absent: none). */
    public static final String SERVING = "ctxrecServing";
    /** The user's stored list, if any ({@link io.ctxrec.domain.port.CachedRecommendations}). */
    public static final String CACHED = "ctxrecCached";
    /** The {@link UserProfile}. */
    public static final String PROFILE = "ctxrecProfile";
    /** Where the answer came from, a {@link RecommendationSource}. */
    public static final String SOURCE = "ctxrecSource";

    private RecommendationExchange() {
    }
}
