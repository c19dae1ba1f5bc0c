package io.ctxrec.domain.scoring;

import java.util.Objects;

/** The shape check of a block of scoring requests ({@link ScoringModel#scoreBlock}). */
public final class BlockRequests {
    private BlockRequests() {
    }

    /** One user, one item list and one context per request; a context may be null for a model without. */
    public static void check(int[] users, int[][] items, int[][] contexts) {
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(contexts, "contexts");
        if (items.length != users.length || contexts.length != users.length) {
            throw new IllegalArgumentException("a block needs one item list and one context per user: "
                    + users.length + " users, " + items.length + " item lists, " + contexts.length + " contexts");
        }
    }
}
