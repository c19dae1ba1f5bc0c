package io.ctxrec.routes.recommend;

import io.ctxrec.domain.model.Context;
import io.ctxrec.domain.model.DeviceType;
import io.ctxrec.domain.model.Ids;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One request for a user's recommendations: the body of {@code direct:recommendations-list} (cache
 * first) and {@code direct:recommendations-init} (always recompute). {@code extraContext} holds the
 * context features beyond time and device (the {@code ctx_<name>} query parameters), which count for a
 * version trained with them. Validates in its constructor.
 */
public record RecommendationQuery(String userId, int limit, DeviceType deviceType, Instant at,
                                  Map<String, String> extraContext) {
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;
    /** At most this many extra features, each value at most {@value #MAX_VALUE} characters. */
    public static final int MAX_EXTRA = 8;
    public static final int MAX_VALUE = 32;
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,31}");
    private static final Set<String> STANDARD = Set.of(Context.TIME_OF_DAY, Context.SEASON, Context.DEVICE_TYPE,
            Context.CATEGORY);

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
        extraContext = Map.copyOf(extraContext);
        if (extraContext.size() > MAX_EXTRA) {
            throw new IllegalArgumentException("at most " + MAX_EXTRA + " ctx_ context parameters, were "
                    + extraContext.size());
        }
        extraContext.forEach(RecommendationQuery::checkExtra);
    }

    /** A request with no context beyond time and device. */
    public RecommendationQuery(String userId, int limit, DeviceType deviceType, Instant at) {
        this(userId, limit, deviceType, at, Map.of());
    }

    private static void checkExtra(String name, String value) {
        if (!NAME.matcher(name).matches() || STANDARD.contains(name)) {
            throw new IllegalArgumentException("ctx_" + name + ": a context feature is named by lower-case letters,"
                    + " digits and _ (at most 32), and time_of_day, season, device_type and category come from at"
                    + " and deviceType");
        }
        if (value.isBlank() || value.length() > MAX_VALUE) {
            throw new IllegalArgumentException("ctx_" + name + " must be 1 to " + MAX_VALUE + " characters");
        }
    }

    /** The request's context: its moment read in {@code zone}, its device and extra features; no category. */
    public Context context(ZoneId zone) {
        return Context.of(at, zone, deviceType, null).withExtra(extraContext);
    }
}
