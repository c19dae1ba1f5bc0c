package io.ctxrec.routes.api;

import io.ctxrec.domain.model.DeviceType;
import io.ctxrec.routes.recommend.RecommendationQuery;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import org.apache.camel.Body;
import org.apache.camel.Headers;

/**
 * Builds a {@link RecommendationQuery} from HTTP: the query parameters, and for init a JSON or form body
 * over them ({@link RequestFields}). Missing limit: 10; missing deviceType: guessed from the User-Agent;
 * missing {@code at}: now (the parameter exists so tests and demos can ask for another time of day). A context
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
        Map<String, ?> parameters = RequestFields.parameters(headers);
        return query(RequestFields.fromQuery(parameters, headers, RecommendationRequest.class), parameters, headers);
    }

    /** The body's fields win over the query parameters field by field; an empty body means parameters only. */
    public RecommendationQuery fromBodyOrParameters(@Body Object body, @Headers Map<String, Object> headers) {
        return query(RequestFields.read(body, headers, RecommendationRequest.class), RequestFields.parameters(headers),
                headers);
    }

    private RecommendationQuery query(RecommendationRequest r, Map<String, ?> parameters, Map<String, Object> headers) {
        String device = Params.optional(r.deviceType());
        return new RecommendationQuery(r.userId(), r.limit() == null ? RecommendationQuery.DEFAULT_LIMIT : r.limit(),
                device == null ? DeviceType.fromUserAgent(Params.optional(headers.get("User-Agent"))) : deviceType(device),
                Instants.parse("at", r.at(), clock),
                extraContext(parameters, r.context() == null ? Map.of() : r.context()));
    }

    /** The {@code ctx_<name>} parameters, then the body's features over them. */
    private static Map<String, String> extraContext(Map<String, ?> parameters, Map<String, String> fromBody) {
        Map<String, String> extra = new TreeMap<>();
        parameters.forEach((name, value) -> {
            String text = value == null ? null : Params.optional(value);
            if (name.startsWith(CONTEXT_PARAMETER) && text != null) {
                extra.put(name.substring(CONTEXT_PARAMETER.length()), TextRules.check(name, text, false));
            }
        });
        fromBody.forEach((name, value) -> {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("context." + name + " must not be empty");
            }
            extra.put(TextRules.check("context's names", name, false), value.trim());
        });
        return extra;
    }

    private static DeviceType deviceType(String value) {
        DeviceType d = DeviceType.parse(value);
        if (d == DeviceType.UNKNOWN) {
            throw new IllegalArgumentException("deviceType must be mobile, desktop or tablet, was '" + value + "'");
        }
        return d;
    }
}
