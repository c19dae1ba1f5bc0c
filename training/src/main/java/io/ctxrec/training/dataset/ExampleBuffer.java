package io.ctxrec.training.dataset;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Appends labelled rows into growing primitive arrays, then shuffles or hands them out. With an item
 * context, each added row takes its item's own value of that feature.
 */
final class ExampleBuffer {
    private final int width;
    private final ItemContext itemContext;
    private int[] users;
    private int[] items;
    private int[] contexts;
    private float[] labels;
    private int size;

    ExampleBuffer(int width, int expectedRows, ItemContext itemContext) {
        this.width = width;
        this.itemContext = itemContext;
        int capacity = Math.max(expectedRows, 16);
        users = new int[capacity];
        items = new int[capacity];
        contexts = new int[capacity * width];
        labels = new float[capacity];
    }

    /** Adds row {@code row} of {@code rows} with another item and a label. */
    void add(TrainingRows rows, int row, int item, float label) {
        if (size == users.length) {
            grow();
        }
        users[size] = rows.users()[row];
        items[size] = item;
        System.arraycopy(rows.contexts(), row * width, contexts, size * width, width);
        if (itemContext != null) {
            contexts[size * width + itemContext.position()] = itemContext.indexOf(item);
        }
        labels[size] = label;
        size++;
    }

    private void grow() {
        int capacity = users.length * 2;
        users = Arrays.copyOf(users, capacity);
        items = Arrays.copyOf(items, capacity);
        contexts = Arrays.copyOf(contexts, capacity * width);
        labels = Arrays.copyOf(labels, capacity);
    }

    /** Fisher-Yates over whole rows. */
    void shuffle(SplittableRandom random) {
        int[] context = new int[width];
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            swap(users, i, j);
            swap(items, i, j);
            float label = labels[i];
            labels[i] = labels[j];
            labels[j] = label;
            System.arraycopy(contexts, i * width, context, 0, width);
            System.arraycopy(contexts, j * width, contexts, i * width, width);
            System.arraycopy(context, 0, contexts, j * width, width);
        }
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /** The rows; the buffer's own arrays when it holds exactly its capacity (an epoch is presized): no second copy. */
    EpochExamples toExamples() {
        if (size == users.length) {
            return new EpochExamples(users, items, contexts, width, labels);
        }
        return new EpochExamples(Arrays.copyOf(users, size), Arrays.copyOf(items, size),
                Arrays.copyOf(contexts, size * width), width, Arrays.copyOf(labels, size));
    }
}
