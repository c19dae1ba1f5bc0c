package io.ctxrec.adapters.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one Jackson mapper of the JDBC adapters (thread-safe once configured). */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static String write(Object value, String what) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(what + " cannot be written as JSON", e);
        }
    }

    /** Parses stored JSON; unreadable JSON in the database is a corrupt row, not a caller's mistake. */
    static <T> T read(String json, TypeReference<T> type, String column) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(column + " holds unreadable JSON: " + e.getOriginalMessage(), e);
        }
    }
}
