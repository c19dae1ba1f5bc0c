package io.ctxrec.training.dataset;

import java.util.Arrays;
import java.util.Objects;

/**
 * Encoded training rows as parallel primitive arrays. {@code contexts} is row-major: row r's feature f
 * is {@code contexts[r * width + f]}, the index within that feature's encoder (0 = unknown; add
 * {@code EncoderSet.contextOffsets()[f]} for one shared table). The arrays are shared, not copied:
 * they can be large, and nothing here changes them.
 */
public record TrainingRows(int[] users, int[] items, int[] contexts, int width) {

    public TrainingRows {
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(contexts, "contexts");
        if (width < 0 || items.length != users.length || contexts.length != (long) users.length * width) {
            throw new IllegalArgumentException("rows: " + users.length + " users, " + items.length + " items and "
                    + contexts.length + " context indexes do not fit width " + width);
        }
    }

    public int size() {
        return users.length;
    }

    /** Row {@code row}'s context, one index per feature. */
    public int[] context(int row) {
        return Arrays.copyOfRange(contexts, row * width, (row + 1) * width);
    }
}
