package io.ctxrec.adapters.dl4j;

/** Guards embedding look-ups: an index out of range would otherwise read another row or crash natively. */
final class IndexRange {
    private IndexRange() {
    }

    static void check(String field, int[] indexes, int size) {
        for (int s = 0; s < indexes.length; s++) {
            int index = indexes[s];
            if (index < 0 || index >= size) {
                // The field's name is built only here: a request checks thousands of indexes.
                check(field + "[" + s + "]", index, size);
            }
        }
    }

    static void check(String field, int index, int size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException(field + " must be in [0, " + size + "), was " + index);
        }
    }
}
