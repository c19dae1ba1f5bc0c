package io.ctxrec.routes.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Locale;
import java.util.Map;

/** Reads a request's JSON body; refuses other content types (415) and a missing body (400). */
final class JsonBodies {
    private JsonBodies() {
    }

    static <T> T read(String body, Map<String, Object> headers, Class<T> type) {
        Object contentType = headers.get("Content-Type");
        if (contentType != null && !contentType.toString().toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw ApiProblem.unsupportedMediaType("Content-Type must be application/json, was '" + contentType + "'");
        }
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("a JSON body is required");
        }
        try {
            T value = ApiJson.mapper().readValue(body, type);
            if (value == null) {
                throw new IllegalArgumentException("a JSON object is required, was null");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("invalid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
