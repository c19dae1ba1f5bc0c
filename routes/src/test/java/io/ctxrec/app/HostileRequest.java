package io.ctxrec.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One request of the corpus {@code hostile-requests.jsonl}: method, target and headers sent as they are,
 * the body, and the status(es) it must get. {@code ${user}}, {@code ${product}} and {@code ${token}} name a
 * real user, product and the admin token; {@code ${rep:TEXT:N}} is TEXT N times; {@code manyHeaders} adds
 * that many filler headers, {@code rawHeader} a header line as it is, {@code version} another HTTP version.
 */
record HostileRequest(String name, String method, String target, Map<String, String> headers, String body,
                      List<Integer> statuses, int manyHeaders, String rawHeader, String version) {
    private static final Pattern REPEAT = Pattern.compile("\\$\\{rep:([^:}]*):(\\d+)}");

    static List<HostileRequest> corpus(String resource) {
        ObjectMapper json = new ObjectMapper();
        List<HostileRequest> cases = new ArrayList<>();
        try (InputStream in = HostileRequest.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    cases.add(of(json.readTree(line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    private static HostileRequest of(JsonNode c) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        if (c.has("headers")) {
            c.get("headers").fields().forEachRemaining(h -> headers.put(h.getKey(), h.getValue().asText()));
        }
        List<Integer> statuses = new ArrayList<>();
        if (c.get("status").isArray()) {
            c.get("status").forEach(s -> statuses.add(s.asInt()));
        } else {
            statuses.add(c.get("status").asInt());
        }
        return new HostileRequest(c.get("name").asText(), c.get("method").asText(), c.get("target").asText(), headers,
                c.has("body") ? c.get("body").asText() : null, statuses, c.path("manyHeaders").asInt(0),
                c.has("rawHeader") ? c.get("rawHeader").asText() : null, c.path("version").asText("HTTP/1.1"));
    }

    /** The request head (request line and headers) with the placeholders filled in. */
    String head(Map<String, String> values, String hostAndPort, byte[] body) {
        StringBuilder head = new StringBuilder();
        head.append(method).append(' ').append(fill(target, values)).append(' ').append(version).append("\r\n");
        head.append("Host: ").append(hostAndPort).append("\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(fill(v, values)).append("\r\n"));
        for (int i = 0; i < manyHeaders; i++) {
            head.append("X-Filler-").append(i).append(": ").append(i).append("\r\n");
        }
        if (rawHeader != null) {
            head.append(rawHeader).append("\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\n");
        head.append("Connection: close\r\n\r\n");
        return head.toString();
    }

    byte[] body(Map<String, String> values) {
        return body == null ? new byte[0] : fill(body, values).getBytes(StandardCharsets.UTF_8);
    }

    static String fill(String text, Map<String, String> values) {
        String filled = text;
        for (Map.Entry<String, String> v : values.entrySet()) {
            filled = filled.replace("${" + v.getKey() + "}", v.getValue());
        }
        Matcher m = REPEAT.matcher(filled);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1).repeat(Integer.parseInt(m.group(2)))));
        }
        return m.appendTail(out).toString();
    }

    @Override
    public String toString() {
        return name;
    }
}
