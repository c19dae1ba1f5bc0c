package io.ctxrec.routes.api;

import io.ctxrec.domain.model.DeviceType;
import io.ctxrec.routes.recommend.RecommendationQuery;
import java.time.Clock;
import java.util.Map;
import org.apache.camel.Body;
import org.apache.camel.Headers;

/**
 * Builds a {@link RecommendationQuery} from HTTP: the query parameters, and for init a JSON or form body
 * over them ({@link RequestFields}). Missing limit: 10; missing deviceType: guessed from the User-Agent;
 * missing {@code at}: now (the parameter exists so tests and demos can ask for another time of day).
 */
public class RecommendationQueries {
    private final Clock clock;

    public RecommendationQueries(Clock clock) {
        this.clock = clock;
    }

    public RecommendationQuery fromParameters(@Headers Map<String, Object> headers) {
        return query(RequestFields.fromQuery(headers, RecommendationRequest.class), headers);
    }

    /** The body's fields win over the query parameters field by field; an empty body means parameters only. */
    public RecommendationQuery fromBodyOrParameters(@Body Object body, @Headers Map<String, Object> headers) {
        return query(RequestFields.read(body, headers, RecommendationRequest.class), headers);
    }

    private RecommendationQuery query(RecommendationRequest r, Map<String, Object> headers) {
        String device = Params.optional(r.deviceType());
        return new RecommendationQuery(r.userId(), r.limit() == null ? RecommendationQuery.DEFAULT_LIMIT : r.limit(),
                device == null ? DeviceType.fromUserAgent(Params.optional(headers.get("User-Agent"))) : deviceType(device),
                Instants.parse("at", r.at(), clock));
    }

    private static DeviceType deviceType(String value) {
        DeviceType d = DeviceType.parse(value);
        if (d == DeviceType.UNKNOWN) {
            throw new IllegalArgumentException("deviceType must be mobile, desktop or tablet, was '" + value + "'");
        }
        return d;
    }
}
