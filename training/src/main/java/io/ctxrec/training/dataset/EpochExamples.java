package io.ctxrec.training.dataset;

import java.util.Arrays;
import java.util.Objects;

/**
 * One epoch's labelled examples as parallel primitive arrays; {@code contexts} is row-major like
 * {@link TrainingRows#contexts()} ({@code contexts[r * width + f]}). Labels are 1 or 0. The arrays
 * are shared, not copied.
 */
public record EpochExamples(int[] users, int[] items, int[] contexts, int width, float[] labels) {

    public EpochExamples {
        Objects.requireNonNull(labels, "labels");
        new TrainingRows(users, items, contexts, width);
        if (labels.length != users.length) {
            throw new IllegalArgumentException("examples: " + labels.length + " labels for " + users.length + " rows");
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
