package io.ctxrec.routes.api;

/** Reading query parameters, with messages that name the parameter. */
final class Params {
    private Params() {
    }

    static int wholeNumber(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'");
        }
    }

    /** The parameter's value, or {@code fallback} when absent or blank. */
    static int wholeNumber(String name, Object value, int fallback) {
        return value == null || value.toString().isBlank() ? fallback : wholeNumber(name, value.toString());
    }

    static String optional(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
