package io.ctxrec.training.data;

/** Generated ids: {@code u00001}, {@code p00001}, zero-padded to at least five digits or the size. */
final class SequenceIds {
    private SequenceIds() {
    }

    static String user(int index, int size) {
        return format("u", index, size);
    }

    static String product(int index, int size) {
        return format("p", index, size);
    }

    private static String format(String prefix, int index, int size) {
        int width = Math.max(5, String.valueOf(size).length());
        String digits = String.valueOf(index + 1);
        return prefix + "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
