package io.ctxrec.adapters.dl4j;

import java.lang.ref.Reference;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * An MLP tower whose first layer reads a concatenation of user-side and item-side vectors. Its
 * pre-activation {@code x·W + b} is a sum over the slices of {@code x}, so the item-side slices (plus b)
 * are summed once per item here, the request-side slices once per request ({@link #addRequestInput}).
 * A request then scores its items a chunk at a time as matrix products: the chunk's rows of the item
 * terms plus the request's term, then each layer above as one product with its weights: BLAS vectorises
 * the products, which the JIT does not do for the same work in plain Java loops. The parameters are
 * read-only after construction and shared; each request makes its own arrays and releases each as soon as it
 * is read (the logits are written straight into the caller's array); the one piece of state, the last long
 * list's gathered terms, is replaced whole, never written.
 */
final class SplitTower {
    /** Row {@code rowOf(item)} of {@code table} sits at position {@code from} of the first layer's input. */
    record ItemInput(int from, Matrix table, IntUnaryOperator rowOf) {
    }

    /** Items per chunk: bounds a request's scratch memory (a few MB) whatever the number of products. */
    static final int CHUNK = 8_192;
    /** Lists at least this long keep their gathered item terms for the next request with the same list. */
    static final int KEEP_FROM = 1_024;

    /** A list of items and its item terms, gathered into chunks; never written after construction. */
    private record Gathered(int[] items, INDArray[] chunks) {
    }

    private final Dense first;
    private final int width;
    private final INDArray itemTerms;
    private final INDArray[] weights;
    private final INDArray[] biases;
    private final boolean[] relu;
    private volatile Gathered last;

    /** @param layers the tower bottom-up, the last a one-unit linear layer (the logit) */
    SplitTower(Dense[] layers, int nItems, List<ItemInput> itemInputs) {
        this.first = layers[0];
        this.width = first.width();
        float[] terms = new float[nItems * width];
        float[] bias = first.bias();
        Matrix w = first.weights();
        for (int item = 0; item < nItems; item++) {
            System.arraycopy(bias, 0, terms, item * width, width);
            for (ItemInput in : itemInputs) {
                w.addProduct(in.table().values, in.rowOf().applyAsInt(item) * in.table().cols, in.from(),
                        in.table().cols, terms, item * width);
            }
        }
        this.itemTerms = Nd4j.create(terms, new long[] {nItems, width}, 'c');
        int above = layers.length - 1;
        this.weights = new INDArray[above];
        this.biases = new INDArray[above];
        this.relu = new boolean[above];
        for (int l = 0; l < above; l++) {
            Dense layer = layers[l + 1];
            Matrix m = layer.weights();
            weights[l] = Nd4j.create(m.values, new long[] {m.rows, m.cols}, 'c');
            biases[l] = Nd4j.create(layer.bias(), new long[] {1, m.cols}, 'c');
            relu[l] = layer.relu();
        }
    }

    float[] newRequestTerm() {
        return new float[width];
    }

    /** Adds row {@code row} of {@code table}, at position {@code from} of the input, to a request's term. */
    void addRequestInput(float[] requestTerm, int from, Matrix table, int row) {
        first.weights().addProduct(table.values, row * table.cols, from, table.cols, requestTerm, 0);
    }

    /** Writes the tower's logit of each of {@code items} (model indexes, checked) into {@code out}. */
    void logits(float[] requestTerm, int[] items, float[] out) {
        Gathered kept = last;
        boolean reuse = kept != null && Arrays.equals(kept.items(), items);
        if (!reuse && items.length >= KEEP_FROM) {
            kept = gather(items);
            last = kept;
            reuse = true;
        }
        // Each array of the request is released as soon as it is read. (In a thread's ND4J workspace, reused from
        // one request to the next, the service died in native code under concurrent init requests.)
        try (INDArray request = Nd4j.create(requestTerm, new long[] {1, width}, 'c')) {
            for (int c = 0, from = 0; from < items.length; c++, from += CHUNK) {
                INDArray h;
                if (reuse) {
                    h = kept.chunks()[c].addRowVector(request);
                } else {
                    h = gatherChunk(items, from);
                    h.addiRowVector(request);
                }
                try (INDArray logits = chunkLogits(h)) {
                    DataBuffer data = logits.data();
                    long offset = logits.offset();
                    for (int i = 0, n = (int) logits.length(); i < n; i++) {
                        out[from + i] = data.getFloat(offset + i);
                    }
                }
            }
        } finally {
            // Another request may replace the kept list meanwhile; its native buffers must not be freed (their
            // deallocator runs once the object is unreachable) while this request's products still read them.
            Reference.reachabilityFence(kept);
        }
    }

    /**
     * Writes the logits of a block of requests, request {@code r}'s term {@code requestTerms[r]} with each of
     * {@code items[r]}, into {@code out[r]}. All the block's (request, item) pairs go through the tower as one
     * list, a chunk at a time: a chunk's first layer is the gathered item terms plus the gathered request
     * terms, so many short lists (offline evaluation: 100 items per user) make the same few large products as
     * one long list. Does not touch the kept list of {@link #logits}.
     */
    void blockLogits(float[][] requestTerms, int[][] items, float[][] out) {
        int pairs = 0;
        for (int[] list : items) {
            pairs += list.length;
        }
        if (pairs == 0) {
            return;
        }
        int[] pairItem = new int[pairs];
        int[] pairRequest = new int[pairs];
        float[] terms = new float[requestTerms.length * width];
        for (int r = 0, p = 0; r < items.length; r++) {
            System.arraycopy(requestTerms[r], 0, terms, r * width, width);
            for (int item : items[r]) {
                pairItem[p] = item;
                pairRequest[p++] = r;
            }
        }
        try (INDArray requests = Nd4j.create(terms, new long[] {requestTerms.length, width}, 'c')) {
            int r = 0;
            int at = 0;
            for (int from = 0; from < pairs; from += CHUNK) {
                int to = Math.min(pairs, from + CHUNK);
                INDArray h = Nd4j.pullRows(itemTerms, 1, Arrays.copyOfRange(pairItem, from, to));
                try (INDArray request = Nd4j.pullRows(requests, 1, Arrays.copyOfRange(pairRequest, from, to))) {
                    h.addi(request);
                }
                float[] logits;
                try (INDArray column = chunkLogits(h)) {
                    logits = column.toFloatVector();
                }
                for (int i = 0; i < logits.length; i++) {
                    while (at == out[r].length) {
                        r++;
                        at = 0;
                    }
                    out[r][at++] = logits[i];
                }
            }
        }
    }

    /**
     * The item terms of a long list, chunk by chunk. A service asks again and again with the same list (the
     * products on sale), so the gather, a large part of a chunk's cost, is done once per list, not per request.
     */
    private Gathered gather(int[] items) {
        INDArray[] chunks = new INDArray[(items.length + CHUNK - 1) / CHUNK];
        for (int c = 0; c < chunks.length; c++) {
            chunks[c] = gatherChunk(items, c * CHUNK);
        }
        return new Gathered(items.clone(), chunks);
    }

    /** The item terms of the chunk of {@code items} that starts at {@code from}, one row per item. */
    private INDArray gatherChunk(int[] items, int from) {
        return Nd4j.pullRows(itemTerms, 1, Arrays.copyOfRange(items, from, Math.min(items.length, from + CHUNK)));
    }

    /**
     * {@code h}: a chunk's first-layer pre-activations, which this closes; the logits, one column, for the
     * caller to close.
     */
    private INDArray chunkLogits(INDArray h) {
        if (first.relu()) {
            Transforms.relu(h, false);
        }
        for (int l = 0; l < weights.length; l++) {
            // Column-major, as BLAS writes it: into a row-major result ND4J's mmul computes a column-major copy
            // and leaves it to the garbage collector, a native leak of the chunk's size per product until a GC.
            INDArray next = Nd4j.createUninitialized(DataType.FLOAT, new long[] {h.rows(), weights[l].columns()}, 'f');
            h.mmul(weights[l], next);
            h.close();
            next.addiRowVector(biases[l]);
            if (relu[l]) {
                Transforms.relu(next, false);
            }
            h = next;
        }
        return h;
    }
}
