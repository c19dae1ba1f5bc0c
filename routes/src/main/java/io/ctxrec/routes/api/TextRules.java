package io.ctxrec.routes.api;

/**
 * What a text field of a request may hold: Unicode text, no control characters (NUL included; a
 * multi-line field such as a comment may hold tabs and line breaks), no lone surrogate halves.
 * Lengths are counted in code points, so an emoji is one character, as a reader counts it.
 */
final class TextRules {
    private TextRules() {
    }

    static String check(String field, String value, boolean multiLine) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw ApiProblem.badRequest(field + " is not valid Unicode text (a lone surrogate at character "
                        + (value.codePointCount(0, i) + 1) + ")");
            } else if (Character.isISOControl(c) && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
                throw ApiProblem.badRequest(field + " must not contain control characters (found U+"
                        + String.format("%04X", (int) c) + " at character " + (value.codePointCount(0, i) + 1) + ")");
            }
        }
        return value;
    }

    /** The value's length as a reader counts it. */
    static int length(String value) {
        return value.codePointCount(0, value.length());
    }
}
