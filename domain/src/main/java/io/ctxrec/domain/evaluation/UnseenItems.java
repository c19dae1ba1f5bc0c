package io.ctxrec.domain.evaluation;

import java.util.Objects;
import java.util.Set;

/** Checks and enumeration shared by the candidate sources. */
final class UnseenItems {
    private UnseenItems() {
    }

    static void check(int user, Set<Integer> excluded, int nItems) {
        Objects.requireNonNull(excluded, "excluded");
        if (nItems < 0) {
            throw new IllegalArgumentException("nItems must not be negative, was " + nItems);
        }
        for (Integer item : excluded) {
            if (item == null || item < 0 || item >= nItems) {
                throw new IllegalArgumentException("user " + user + ": interacted item " + item
                        + " is outside [0, " + nItems + ")");
            }
        }
    }

    static int[] all(Set<Integer> excluded, int nItems) {
        int[] unseen = new int[nItems - excluded.size()];
        int n = 0;
        for (int item = 0; item < nItems; item++) {
            if (!excluded.contains(item)) {
                unseen[n++] = item;
            }
        }
        return unseen;
    }
}
