package io.ctxrec.routes.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.ctxrec.domain.model.Product;
import io.ctxrec.routes.recommend.CachedAnswer;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.camel.Exchange;

/** The API's one JSON dialect: instants as ISO-8601 text, unknown request fields rejected. */
public final class ApiJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addMixIn(Product.class, ProductInWords.class);

    /** A product's status as a word ({@code on-sale}, {@code not-on-sale}), not the database's S1/S0 code. */
    abstract static class ProductInWords {
        @JsonSerialize(using = StatusWord.class)
        abstract String status();
    }

    static final class StatusWord extends StdSerializer<String> {
        StatusWord() {
            super(String.class);
        }

        @Override
        public void serialize(String status, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeString(Product.ACTIVE.equals(status) ? "on-sale" : "not-on-sale");
        }
    }

    private ApiJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Renders the body as the reply, the JSON of a {@link CachedAnswer} as it was rendered when stored, and sets
     * Content-Type: what every JSON route replies with. The reply is a byte buffer over the JSON, which
     * platform-http sends with a Content-Length in one write ({@link #body}).
     */
    static void reply(Exchange exchange) throws JsonProcessingException {
        Object body = exchange.getMessage().getBody();
        exchange.getMessage().setBody(body(body instanceof CachedAnswer a ? a.json() : MAPPER.writeValueAsBytes(body)));
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
    }

    /**
     * A reply body of these bytes, as platform-http writes fastest: a {@link ByteBuffer} goes out with a
     * Content-Length in a single write. A {@code byte[]} would be converted to a stream and pumped out through a
     * buffer per read (more than half of what a cache hit allocated); a data format's stream would go out chunked,
     * its last chunk in a write of its own: an instance killed between the two writes leaves a load balancer a
     * half-sent answer it cannot retry.
     */
    static ByteBuffer body(byte[] json) {
        return ByteBuffer.wrap(json);
    }

    /** The API's JSON of a value, as {@link #reply} writes it. */
    public static byte[] render(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

}
