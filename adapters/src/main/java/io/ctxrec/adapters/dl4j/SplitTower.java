package io.ctxrec.adapters.dl4j;

import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * An MLP tower whose first layer reads a concatenation of user-side and item-side vectors. Its
 * pre-activation {@code x·W + b} is a sum over the slices of {@code x}, so the item-side slices (plus b)
 * are summed once per item here, the request-side slices once per request ({@link #addRequestInput}),
 * and scoring an item is one vector addition and the layers above ({@link #logits}). Read-only after construction.
 */
final class SplitTower {
    /** Row {@code rowOf(item)} of {@code table} sits at position {@code from} of the first layer's input. */
    record ItemInput(int from, Matrix table, IntUnaryOperator rowOf) {
    }

    /** Items per pass through the layers: their activations (64 units × 64 items) stay in the L1 cache. */
    static final int BLOCK = 64;

    private final Dense first;
    private final Dense[] above;
    private final int width;
    private final float[] itemTerms;

    /** @param layers the tower bottom-up, the last a one-unit linear layer (the logit) */
    SplitTower(Dense[] layers, int nItems, List<ItemInput> itemInputs) {
        this.first = layers[0];
        this.above = java.util.Arrays.copyOfRange(layers, 1, layers.length);
        this.width = first.width();
        this.itemTerms = new float[nItems * width];
        float[] bias = first.bias();
        Matrix w = first.weights();
        for (int item = 0; item < nItems; item++) {
            System.arraycopy(bias, 0, itemTerms, item * width, width);
            for (ItemInput in : itemInputs) {
                w.addProduct(in.table().values, in.rowOf().applyAsInt(item) * in.table().cols, in.from(),
                        in.table().cols, itemTerms, item * width);
            }
        }
    }

    float[] newRequestTerm() {
        return new float[width];
    }

    /** Adds row {@code row} of {@code table}, at position {@code from} of the input, to a request's term. */
    void addRequestInput(float[] requestTerm, int from, Matrix table, int row) {
        first.weights().addProduct(table.values, row * table.cols, from, table.cols, requestTerm, 0);
    }

    /**
     * Every item's logit into {@code out}, {@link #BLOCK} items at a time: one vector addition per item for
     * the first layer, then each layer above as a small matrix product over the block.
     */
    void logits(float[] requestTerm, int[] items, float[] out) {
        float[][] x = new float[1 + above.length][];
        x[0] = new float[width * BLOCK];
        for (int l = 0; l < above.length; l++) {
            x[l + 1] = new float[above[l].width() * BLOCK];
        }
        boolean relu = first.relu();
        float[] h = x[0];
        for (int from = 0; from < items.length; from += BLOCK) {
            int n = Math.min(BLOCK, items.length - from);
            for (int b = 0; b < n; b++) {
                int base = items[from + b] * width;
                for (int j = 0; j < width; j++) {
                    float v = requestTerm[j] + itemTerms[base + j];
                    h[j * BLOCK + b] = relu ? Math.max(v, 0f) : v;
                }
            }
            for (int l = 0; l < above.length; l++) {
                above[l].forwardBlock(x[l], x[l + 1], n, BLOCK);
            }
            System.arraycopy(x[above.length], 0, out, from, n);
        }
    }
}
