package io.ctxrec.adapters.dl4j;

/** The checks every scorer of a model makes on a request before looking an index up. */
final class ScoringRequest {
    private ScoringRequest() {
    }

    /** Context is checked only when there are items to score with it, and only by a model that reads it. */
    static void check(ModelConfig config, int contextFeatures, int user, int[] items, int[] context) {
        if (items == null) {
            throw new IllegalArgumentException("items are required");
        }
        IndexRange.check("user", user, config.nUsers());
        IndexRange.check("items", items, config.nItems());
        if (items.length == 0 || contextFeatures == 0) {
            return;
        }
        if (context == null || context.length != contextFeatures) {
            throw new IllegalArgumentException("context must have " + contextFeatures + " feature indexes, had "
                    + (context == null ? "none" : context.length));
        }
        int[] sizes = config.contextSizes();
        for (int f = 0; f < contextFeatures; f++) {
            IndexRange.check("context[" + f + "]", context[f], sizes[f]);
        }
    }
}
