package io.ctxrec.routes.api;

import io.ctxrec.domain.model.DeviceType;
import io.ctxrec.routes.recommend.RecommendationQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.apache.camel.Body;
import org.apache.camel.Headers;

/**
 * Builds a {@link RecommendationQuery} from HTTP: query parameters (which platform-http turns into
 * headers) or a JSON body. Missing limit: 10; missing deviceType: guessed from the User-Agent; missing
 * {@code at}: now (the parameter exists so tests and demos can ask for another time of day).
 */
public class RecommendationQueries {
    private final Clock clock;

    public RecommendationQueries(Clock clock) {
        this.clock = clock;
    }

    public RecommendationQuery fromParameters(@Headers Map<String, Object> headers) {
        return query(text(headers.get("userId")), text(headers.get("limit")), text(headers.get("deviceType")),
                text(headers.get("at")), text(headers.get("User-Agent")));
    }

    /** A JSON body wins over the query parameters field by field; an empty body means parameters only. */
    public RecommendationQuery fromBodyOrParameters(@Body String body, @Headers Map<String, Object> headers) {
        if (body == null || body.isBlank()) {
            return fromParameters(headers);
        }
        RecommendationRequest r = JsonBodies.read(body, headers, RecommendationRequest.class);
        return query(or(r.userId(), headers.get("userId")), or(r.limit(), headers.get("limit")),
                or(r.deviceType(), headers.get("deviceType")), or(r.at(), headers.get("at")),
                text(headers.get("User-Agent")));
    }

    private RecommendationQuery query(String userId, String limit, String device, String at, String userAgent) {
        return new RecommendationQuery(userId, limit(limit),
                device == null ? DeviceType.fromUserAgent(userAgent) : deviceType(device), at(at));
    }

    static int limit(String value) {
        if (value == null) {
            return RecommendationQuery.DEFAULT_LIMIT;
        }
        return Params.wholeNumber("limit", value);
    }

    private static DeviceType deviceType(String value) {
        DeviceType d = DeviceType.parse(value);
        if (d == DeviceType.UNKNOWN) {
            throw new IllegalArgumentException("deviceType must be mobile, desktop or tablet, was '" + value + "'");
        }
        return d;
    }

    private Instant at(String value) {
        if (value == null) {
            return clock.instant();
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("at must be an ISO-8601 instant such as 2024-05-01T18:30:00Z, was '"
                    + value + "'");
        }
    }

    private static String or(Object fromBody, Object fromParameter) {
        return fromBody != null ? text(fromBody) : text(fromParameter);
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
