package io.ctxrec.routes.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.apache.camel.Exchange;
import org.apache.camel.support.ExchangeHelper;

/**
 * A request's fields, bound to its record (whose components name the fields and their types): the query
 * parameters first, then the body's over them, a JSON object or an {@code application/x-www-form-urlencoded}
 * form; another media type is a 415. JSON is read strictly: one object and nothing after it, each key once,
 * strings where text is expected and whole numbers where numbers are, no unknown field. Every refusal is
 * a 400 in the API's words (the field and what it must be), never the parser's.
 */
final class RequestFields {
    private static final ObjectReader STRICT_JSON = ApiJson.mapper().reader()
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,9}");

    private RequestFields() {
    }

    /** A GET's or DELETE's fields: the query parameters alone; names the record does not have are ignored. */
    static <T extends Record> T fromQuery(Map<String, Object> headers, Class<T> type) {
        return fromQuery(parameters(headers), headers, type);
    }

    /**
     * The same, from the query parameters already decoded ({@link #parameters}): the same rules and refusals as
     * {@link #read} without a body, bound straight to the record (a list request is on the cache's hot path: no
     * JSON tree, no data binding, no reflection).
     */
    static <T extends Record> T fromQuery(Map<String, ?> parameters, Map<String, Object> headers, Class<T> type) {
        RecordShape shape = RecordShape.of(type);
        Object[] values = new Object[shape.size()];
        RecordComponent[] given = new RecordComponent[shape.size()];
        int n = 0;
        for (Map.Entry<String, ?> p : parameters.entrySet()) {
            RecordComponent c = shape.component(p.getKey());
            if (c != null && p.getValue() != null) {
                values[shape.position(c.getName())] = valueOf(c, p.getValue().toString());
                given[n++] = c;
            }
        }
        checkMediaType(headers);
        for (int i = 0; i < n; i++) {
            // In the parameters' order, as read() checks its fields.
            if (values[shape.position(given[i].getName())] instanceof String text) {
                TextRules.check(given[i].getName(), text, given[i].getName().equals("comment"));
            }
        }
        return shape.create(type, values);
    }

    /**
     * Leaves a form body as platform-http decoded it (a Map of the fields, a List where a field was repeated)
     * and turns any other body into text.
     */
    static void textUnlessForm(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (body instanceof InputStream in) {
            exchange.getMessage().setBody(text(in, exchange));
        } else if (!(body instanceof Map)) {
            exchange.getMessage().setBody(exchange.getMessage().getBody(String.class));
        }
    }

    /**
     * A body stream's bytes as text in the exchange's charset, as Camel's converter reads them, without the
     * 8 KB-character reader that converter allocated for every request (a twentieth of what an init allocated).
     */
    private static String text(InputStream in, Exchange exchange) {
        String charset = ExchangeHelper.getCharsetName(exchange);
        try {
            return new String(in.readAllBytes(), charset);
        } catch (UnsupportedEncodingException e) {
            throw ApiProblem.unsupportedMediaType("the body's charset '" + charset + "' is not one this service reads;"
                    + " send UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The query parameters, then the body's fields over them (a field given in both: the body's); the body is
     * JSON text or a decoded form (see {@link #textUnlessForm}).
     */
    static <T extends Record> T read(Object body, Map<String, Object> headers, Class<T> type) {
        ObjectNode fields = ApiJson.mapper().createObjectNode();
        parameters(headers).forEach((name, value) -> {
            RecordComponent c = component(type, name);
            if (c != null && value != null) {
                fields.set(name, fromText(c, value.toString()));
            }
        });
        String media = checkMediaType(headers);
        if (body instanceof Map<?, ?> form) {
            form.forEach((name, value) -> {
                if (value instanceof Collection<?>) {
                    throw ApiProblem.badRequest("the form body names '" + name + "' more than once; give each field once");
                }
                fields.set(name.toString(), fromText(known(type, name.toString()), String.valueOf(value)));
            });
        } else if (body instanceof String text && !text.isBlank()) {
            if (media.equals(FORM)) {
                FormFields.decode(text.trim(), "the form body")
                        .forEach((name, value) -> fields.set(name, fromText(known(type, name), value)));
            } else {
                fromJson(text, type).fields().forEachRemaining(f -> fields.set(f.getKey(), f.getValue()));
            }
        }
        fields.fields().forEachRemaining(f -> {
            if (f.getValue().isTextual()) {
                TextRules.check(f.getKey(), f.getValue().textValue(), f.getKey().equals("comment"));
            }
            f.getValue().fields().forEachRemaining(entry -> {
                TextRules.check(f.getKey() + "'s names", entry.getKey(), false);
                TextRules.check(f.getKey() + "." + entry.getKey(), entry.getValue().asText(), false);
            });
        });
        try {
            return ApiJson.mapper().treeToValue(fields, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("checked fields did not bind to " + type.getSimpleName(), e);
        }
    }

    /**
     * Over HTTP, the query string itself (so that neither a request header of the same name nor a repeated
     * parameter can stand in for a field); a {@code direct:} caller's headers otherwise.
     */
    static Map<String, ?> parameters(Map<String, Object> headers) {
        if (headers.get(Exchange.HTTP_METHOD) == null) {
            return headers;
        }
        Object query = headers.get(Exchange.HTTP_RAW_QUERY);
        return FormFields.decode(query == null ? null : query.toString(), "the query");
    }

    private static ObjectNode fromJson(String body, Class<? extends Record> type) {
        JsonNode tree;
        try {
            tree = STRICT_JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiProblem.badRequest(startsWithOneValue(body) ? "the body has more after its JSON object;"
                    + " send one object and nothing after it" : jsonProblem(e));
        }
        if (!(tree instanceof ObjectNode object)) {
            throw ApiProblem.badRequest("the body must be a JSON object {...} with the fields " + names(type));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            RecordComponent c = known(type, f.getKey());
            JsonNode v = f.getValue();
            if (!v.isNull() && !fits(c.getType(), v)) {
                throw ApiProblem.badRequest(f.getKey() + " must be " + expected(c.getType()) + ", was "
                        + shortened(v.toString()));
            }
        }
        return object;
    }

    private static boolean fits(Class<?> type, JsonNode v) {
        if (type == Integer.class) {
            return v.isIntegralNumber() && v.canConvertToInt();
        }
        if (type == Map.class) {
            return v.isObject() && StreamSupport.stream(v.spliterator(), false).allMatch(JsonNode::isTextual);
        }
        return v.isTextual();
    }

    private static String expected(Class<?> type) {
        return type == Integer.class ? "a whole number" : type == Map.class ? "a JSON object of strings" : "a JSON string";
    }

    /** Whether the body opens with one complete JSON value (so what made it invalid comes after that). */
    private static boolean startsWithOneValue(String body) {
        try (JsonParser p = ApiJson.mapper().createParser(body)) {
            p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            return p.readValueAsTree() != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static String jsonProblem(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            return "the body names the field '" + duplicate.group(1) + "' more than once; give each field once";
        }
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
        if (e instanceof JsonParseException && message.contains("end-of-input")) {
            return "the body ends before its JSON is complete" + where;
        }
        return "the body is not valid JSON" + where;
    }

    /** The media type of the request's body: JSON, a form or none; another is a 415. */
    private static String checkMediaType(Map<String, Object> headers) {
        String media = mediaType(headers.get("Content-Type"));
        if (!media.isEmpty() && !media.equals("application/json") && !media.equals(FORM)) {
            throw ApiProblem.unsupportedMediaType("send the fields as application/json, as " + FORM
                    + " or in the query, not as '" + headers.get("Content-Type") + "'");
        }
        return media;
    }

    private static JsonNode fromText(RecordComponent c, String value) {
        Object v = valueOf(c, value);
        return v == null ? null : v instanceof Integer i ? IntNode.valueOf(i) : TextNode.valueOf((String) v);
    }

    /** A text field's text, a number field's whole number (null if blank); a 400 otherwise. */
    private static Object valueOf(RecordComponent c, String value) {
        if (c.getType() == Map.class) {
            throw ApiProblem.badRequest(c.getName() + " must be a JSON object of strings; as parameters, give each of"
                    + " its entries as ctx_<name>=<value>");
        }
        if (c.getType() != Integer.class) {
            return value;
        }
        if (value.isBlank()) {
            return null;
        }
        if (!WHOLE_NUMBER.matcher(value.trim()).matches()) {
            throw ApiProblem.badRequest(c.getName() + " must be a whole number, was '" + shortened(value) + "'");
        }
        return Integer.parseInt(value.trim());
    }

    private static RecordComponent known(Class<? extends Record> type, String name) {
        RecordComponent c = component(type, name);
        if (c == null) {
            throw ApiProblem.badRequest("unknown field '" + shortened(name) + "'; the fields are " + names(type));
        }
        return c;
    }

    private static RecordComponent component(Class<? extends Record> type, String name) {
        return RecordShape.of(type).component(name);
    }

    private static String names(Class<? extends Record> type) {
        return RecordShape.of(type).names();
    }

    private static String mediaType(Object contentType) {
        if (contentType == null) {
            return "";
        }
        String t = contentType.toString();
        int semicolon = t.indexOf(';');
        return (semicolon < 0 ? t : t.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static String shortened(String text) {
        return text.codePointCount(0, text.length()) <= 40 ? text : text.substring(0, text.offsetByCodePoints(0, 40)) + "...";
    }
}
