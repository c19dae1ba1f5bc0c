package io.ctxrec.routes.api;

import io.ctxrec.domain.model.DeviceType;
import io.ctxrec.routes.recommend.RecommendationQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.camel.Body;
import org.apache.camel.Headers;

/**
 * Builds a {@link RecommendationQuery} from HTTP: query parameters (which platform-http turns into
 * headers) or a JSON body. Missing limit: 10; missing deviceType: guessed from the User-Agent; missing
 * {@code at}: now (the parameter exists so tests and demos can ask for another time of day). A context
 * feature beyond those (one a version was trained with from an import's {@code ctx_<name>} column) comes
 * as the query parameter of the same name, {@code ctx_weather=rain}, or in the body's {@code context}
 * object, {@code {"weather":"rain"}}.
 */
public class RecommendationQueries {
    static final String CONTEXT_PARAMETER = "ctx_";
    private final Clock clock;

    public RecommendationQueries(Clock clock) {
        this.clock = clock;
    }

    public RecommendationQuery fromParameters(@Headers Map<String, Object> headers) {
        return query(text(headers.get("userId")), text(headers.get("limit")), text(headers.get("deviceType")),
                text(headers.get("at")), text(headers.get("User-Agent")), extraContext(headers, Map.of()));
    }

    /** A JSON body wins over the query parameters field by field; an empty body means parameters only. */
    public RecommendationQuery fromBodyOrParameters(@Body String body, @Headers Map<String, Object> headers) {
        if (body == null || body.isBlank()) {
            return fromParameters(headers);
        }
        RecommendationRequest r = JsonBodies.read(body, headers, RecommendationRequest.class);
        return query(or(r.userId(), headers.get("userId")), or(r.limit(), headers.get("limit")),
                or(r.deviceType(), headers.get("deviceType")), or(r.at(), headers.get("at")),
                text(headers.get("User-Agent")), extraContext(headers, r.context() == null ? Map.of() : r.context()));
    }

    private RecommendationQuery query(String userId, String limit, String device, String at, String userAgent,
                                      Map<String, String> extra) {
        return new RecommendationQuery(userId, limit(limit),
                device == null ? DeviceType.fromUserAgent(userAgent) : deviceType(device), at(at), extra);
    }

    /** The {@code ctx_<name>} parameters, then the body's features over them. */
    private static Map<String, String> extraContext(Map<String, Object> headers, Map<String, String> fromBody) {
        Map<String, String> extra = new TreeMap<>();
        headers.forEach((name, value) -> {
            if (name.startsWith(CONTEXT_PARAMETER) && text(value) != null) {
                extra.put(name.substring(CONTEXT_PARAMETER.length()), text(value));
            }
        });
        fromBody.forEach((name, value) -> {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("context." + name + " must not be empty");
            }
            extra.put(name, value.trim());
        });
        return extra;
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
