package io.ctxrec.adapters.dl4j;

import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * An MLP tower whose first layer reads a concatenation of user-side and item-side vectors. Its
 * pre-activation {@code x·W + b} is a sum over the slices of {@code x}, so the item-side slices (plus b)
 * are summed once per item here, the request-side slices once per request ({@link #addRequestInput}),
 * and scoring an item is one vector addition and the layers above. Read-only after construction.
 */
final class SplitTower {
    /** Row {@code rowOf(item)} of {@code table} sits at position {@code from} of the first layer's input. */
    record ItemInput(int from, Matrix table, IntUnaryOperator rowOf) {
    }

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

    /** Per-request scratch space, one buffer per layer, then one for the indexes of non-zero inputs. */
    float[][] newBuffers() {
        float[][] buffers = new float[1 + above.length][];
        buffers[0] = new float[width];
        for (int l = 0; l < above.length; l++) {
            buffers[l + 1] = new float[above[l].width()];
        }
        return buffers;
    }

    int[] newIndexBuffer() {
        int widest = width;
        for (Dense layer : above) {
            widest = Math.max(widest, layer.inputWidth());
        }
        return new int[widest];
    }

    float logit(float[] requestTerm, int item, float[][] buffers, int[] nonZero) {
        float[] h = buffers[0];
        int base = item * width;
        boolean relu = first.relu();
        for (int j = 0; j < width; j++) {
            float x = requestTerm[j] + itemTerms[base + j];
            h[j] = relu ? Math.max(x, 0f) : x;
        }
        for (int l = 0; l < above.length; l++) {
            above[l].forward(h, buffers[l + 1], nonZero);
            h = buffers[l + 1];
        }
        return h[0];
    }
}
