package io.ctxrec.routes.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.camel.component.jackson.JacksonDataFormat;

/** The API's one JSON dialect: instants as ISO-8601 text, unknown request fields rejected. */
public final class ApiJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private ApiJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** What the API routes marshal replies with (sets Content-Type: application/json). */
    static JacksonDataFormat dataFormat() {
        JacksonDataFormat format = new JacksonDataFormat(MAPPER, Object.class);
        format.setAutoDiscoverObjectMapper(false);
        return format;
    }
}
