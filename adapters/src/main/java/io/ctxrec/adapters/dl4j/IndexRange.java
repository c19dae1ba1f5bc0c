package io.ctxrec.adapters.dl4j;

/** Guards embedding look-ups: an index out of range would otherwise read another row or crash natively. */
final class IndexRange {
    private IndexRange() {
    }

    static void check(String field, int[] indexes, int size) {
        for (int s = 0; s < indexes.length; s++) {
            check(field + "[" + s + "]", indexes[s], size);
        }
    }

    static void check(String field, int index, int size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException(field + " must be in [0, " + size + "), was " + index);
        }
    }
}
