package io.ctxrec.adapters.dl4j;

/**
 * One epoch's training samples as parallel primitive arrays: sample {@code s} is
 * ({@code users[s]}, {@code items[s]}, {@code contexts[f][s]} for each feature f, {@code labels[s]}).
 * Contexts are stored per feature (column-major) because each feature is one graph input; models
 * without context take {@code new int[0][]}. Arrays are not copied: callers hand them over.
 */
public record TrainingSamples(int[] users, int[] items, int[][] contexts, float[] labels) {

    public TrainingSamples {
        if (users == null || items == null || labels == null) {
            throw new IllegalArgumentException("users, items and labels are required");
        }
        contexts = contexts == null ? new int[0][] : contexts;
        int n = labels.length;
        sameLength("users", users.length, n);
        sameLength("items", items.length, n);
        for (int f = 0; f < contexts.length; f++) {
            if (contexts[f] == null) {
                throw new IllegalArgumentException("contexts[" + f + "] is missing");
            }
            sameLength("contexts[" + f + "]", contexts[f].length, n);
        }
        for (int s = 0; s < n; s++) {
            if (!(labels[s] >= 0f && labels[s] <= 1f)) {
                throw new IllegalArgumentException("labels[" + s + "] must be in [0, 1], was " + labels[s]);
            }
        }
    }

    private static void sameLength(String field, int length, int expected) {
        if (length != expected) {
            throw new IllegalArgumentException(field + " has " + length + " samples, labels has " + expected);
        }
    }

    public int size() {
        return labels.length;
    }

    /**
     * Checks every index the model will read against its dimensions, naming the first sample out of range.
     * A model without context inputs ignores the contexts, so one sample set can feed every model.
     */
    void checkFits(ModelConfig config, int contextFeatures) {
        if (contextFeatures > 0 && contexts.length != contextFeatures) {
            throw new IllegalArgumentException("model takes " + contextFeatures + " context features, samples have "
                    + contexts.length);
        }
        IndexRange.check("users", users, config.nUsers());
        IndexRange.check("items", items, config.nItems());
        int[] sizes = config.contextSizes();
        for (int f = 0; f < contextFeatures; f++) {
            IndexRange.check("contexts[" + f + "]", contexts[f], sizes[f]);
        }
    }
}
