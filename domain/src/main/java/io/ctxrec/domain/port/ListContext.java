package io.ctxrec.domain.port;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The context a stored list was computed for, feature name to value (device type, time of day, season, and
 * any extra feature of the version that made it), and its {@link #key()}: a list answers only a request in
 * the same context.
 */
public record ListContext(Map<String, String> features) {
    /** The longest key a store must keep (the {@code context_key} column). */
    public static final int MAX_KEY_LENGTH = 255;

    public ListContext {
        TreeMap<String, String> sorted = new TreeMap<>(features);
        sorted.forEach((name, value) -> {
            if (name.isEmpty() || value == null) {
                throw new IllegalArgumentException("context feature " + name + " has no value");
            }
        });
        features = Collections.unmodifiableMap(sorted);
        if (key(features).length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("context too long: " + key(features).length() + " characters as a key, at most "
                    + MAX_KEY_LENGTH);
        }
    }

    /** The features in name order as {@code name=value&...}, each part URL-encoded; equal contexts, equal keys. */
    public String key() {
        return key(features);
    }

    /** The context of a {@link #key()}. */
    public static ListContext ofKey(String key) {
        Map<String, String> features = new TreeMap<>();
        if (!key.isEmpty()) {
            for (String part : key.split("&")) {
                int eq = part.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException("not a context key: " + key);
                }
                features.put(decode(part.substring(0, eq)), decode(part.substring(eq + 1)));
            }
        }
        return new ListContext(features);
    }

    private static String key(Map<String, String> features) {
        StringJoiner key = new StringJoiner("&");
        features.forEach((name, value) -> key.add(encode(name) + "=" + encode(value)));
        return key.toString();
    }

    /** URL-encoded; text URL encoding leaves alone (the usual feature names and values) as it is, with no copy. */
    private static String encode(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.'
                    || c == '-' || c == '*' || c == '_';
            if (!plain) {
                return URLEncoder.encode(text, StandardCharsets.UTF_8);
            }
        }
        return text;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
