package io.ctxrec.routes.recommend;

import io.ctxrec.domain.model.Context;
import io.ctxrec.domain.model.DeviceType;
import io.ctxrec.domain.model.Ids;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One request for a user's recommendations: the body of {@code direct:recommendations-list} (cache
 * first) and {@code direct:recommendations-init} (always recompute). Validates in its constructor.
 */
public record RecommendationQuery(String userId, int limit, DeviceType deviceType, Instant at) {
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;

    public RecommendationQuery {
        userId = Ids.require(userId, "userId");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        Objects.requireNonNull(deviceType, "deviceType");
        if (deviceType == DeviceType.UNKNOWN) {
            throw new IllegalArgumentException("deviceType must be mobile, desktop or tablet");
        }
        Objects.requireNonNull(at, "at");
    }

    /** The request's context: its moment read in {@code zone} and its device; no category. */
    public Context context(ZoneId zone) {
        return Context.of(at, zone, deviceType, null);
    }
}
