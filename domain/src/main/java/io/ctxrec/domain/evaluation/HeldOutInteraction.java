package io.ctxrec.domain.evaluation;

import java.util.Arrays;
import java.util.Objects;

/** One leave-one-out test case: the user, the item held out of training and the context it happened in. */
public record HeldOutInteraction(int user, int item, int[] context) {

    public HeldOutInteraction {
        if (user < 0 || item < 0) {
            throw new IllegalArgumentException("user and item indexes must not be negative, were " + user + ", " + item);
        }
        context = Objects.requireNonNull(context, "context").clone();
    }

    @Override
    public int[] context() {
        return context.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HeldOutInteraction h && h.user == user && h.item == item && Arrays.equals(h.context, context);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * user + item) + Arrays.hashCode(context);
    }

    @Override
    public String toString() {
        return "HeldOutInteraction[user=" + user + ", item=" + item + ", context=" + Arrays.toString(context) + "]";
    }
}
