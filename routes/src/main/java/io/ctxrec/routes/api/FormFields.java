package io.ctxrec.routes.api;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Strict {@code name=value&...} decoding, of a query string or an {@code application/x-www-form-urlencoded}
 * body: a bad percent-escape, bytes that are not UTF-8, or a name given twice is a 400, never a guess.
 */
final class FormFields {
    private FormFields() {
    }

    /** The fields in their order; empty for null or blank text. */
    static Map<String, String> decode(String text, String what) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return fields;
        }
        for (String pair : text.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = unescape(eq < 0 ? pair : pair.substring(0, eq), what);
            String value = eq < 0 ? "" : unescape(pair.substring(eq + 1), what);
            if (fields.putIfAbsent(name, value) != null) {
                throw ApiProblem.badRequest(what + " names '" + name + "' more than once; give each field once");
            }
        }
        return fields;
    }

    /** Whether the text is ASCII with no escape in it ({@code %} or {@code +}): it is its own unescaped form. */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || c == '%' || c == '+') {
                return false;
            }
        }
        return true;
    }

    private static String unescape(String text, String what) {
        if (plain(text)) {
            return text;
        }
        byte[] bytes = new byte[text.length() * 4];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                int hi = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
                int lo = hi >= 0 ? Character.digit(text.charAt(i + 2), 16) : -1;
                if (lo < 0) {
                    throw ApiProblem.badRequest(what + " has a '%' that is not followed by two hex digits");
                }
                bytes[n++] = (byte) (hi * 16 + lo);
                i += 2;
            } else if (c == '+') {
                bytes[n++] = ' ';
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    utf8 = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                System.arraycopy(utf8, 0, bytes, n, utf8.length);
                n += utf8.length;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes, 0, n)).toString();
        } catch (CharacterCodingException e) {
            throw ApiProblem.badRequest(what + " has percent-escapes that are not UTF-8 text");
        }
    }
}
