package io.ctxrec.routes.recommend;

import java.util.Locale;

/** Where an answered list came from: the user's cached list, the models, or the heuristic fallback. */
public enum RecommendationSource {
    CACHE, MODEL, FALLBACK;

    /** cache, model, fallback: the words of the API. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
