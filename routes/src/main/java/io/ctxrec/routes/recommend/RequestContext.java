package io.ctxrec.routes.recommend;

import io.ctxrec.domain.model.Context;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** The context of a request: its moment read in the configured zone and its device; no category. */
final class RequestContext {
    private RequestContext() {
    }

    static Context of(RecommendationQuery query, ZoneId zone) {
        return Context.of(query.at(), zone, query.deviceType(), null);
    }

    /** The features with a value, as the response shows them (a request has no category). */
    static Map<String, String> features(Context context) {
        Map<String, String> shown = new LinkedHashMap<>();
        context.features().forEach((k, v) -> {
            if (v != null) {
                shown.put(k, v);
            }
        });
        return shown;
    }
}
