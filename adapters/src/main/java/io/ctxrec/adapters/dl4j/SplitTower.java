package io.ctxrec.adapters.dl4j;

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
 * A request then scores its items a chunk at a time: the chunk's first layer (each item's terms plus the
 * request's term) is summed in Java straight into the chunk's native array, then each layer above is one
 * matrix product with its weights, its bias added by a second product (a column of ones times the bias row):
 * BLAS vectorises the products, which the JIT does not do for the same work in plain Java loops.
 *
 * <p>Only BLAS products and element-wise ops touch native memory here, never ND4J's broadcast ops or
 * {@code pullRows}: those look up "tensor along dimension" buffers for each new shape, and under concurrent
 * requests with lists of many lengths the service died in native code inside them (SIGSEGV in
 * {@code execBroadcast}, {@code DataBuffer::primary()}, four times under 8 to 128 clients of {@code init}).
 * The parameters are read-only after construction and shared; each request makes its own arrays and releases
 * each as soon as it is read (the logits are written straight into the caller's array).
 */
final class SplitTower {
    /** Row {@code rowOf(item)} of {@code table} sits at position {@code from} of the first layer's input. */
    record ItemInput(int from, Matrix table, IntUnaryOperator rowOf) {
    }

    /** Items per chunk: bounds a request's scratch memory (a few MB) whatever the number of products. */
    static final int CHUNK = 8_192;
    private static final ThreadLocal<float[]> SCRATCH = ThreadLocal.withInitial(() -> new float[0]);

    private final Dense first;
    private final int width;
    /** The item terms, row {@code item} at {@code item * width}: the first layer's item-side sums and bias. */
    private final float[] itemTerms;
    private final INDArray[] weights;
    private final INDArray[] biases;
    private final boolean[] relu;

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
        this.itemTerms = terms;
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
        for (int from = 0; from < items.length; from += CHUNK) {
            int n = Math.min(CHUNK, items.length - from);
            float[] rows = scratch(n);
            for (int i = 0; i < n; i++) {
                addTerms(items[from + i], requestTerm, rows, i * width);
            }
            copyLogits(chunkLogits(firstLayer(rows, n)), out, from);
        }
    }

    /**
     * Writes the logits of a block of requests, request {@code r}'s term {@code requestTerms[r]} with each of
     * {@code items[r]}, into {@code out[r]}. All the block's (request, item) pairs go through the tower as one
     * list, a chunk at a time, so many short lists (offline evaluation: 100 items per user) make the same few
     * large products as one long list.
     */
    void blockLogits(float[][] requestTerms, int[][] items, float[][] out) {
        int pairs = 0;
        for (int[] list : items) {
            pairs += list.length;
        }
        int r = 0;
        int at = 0;
        for (int from = 0; from < pairs; from += CHUNK) {
            int n = Math.min(CHUNK, pairs - from);
            float[] rows = scratch(n);
            int fr = r;
            int fat = at;
            for (int i = 0; i < n; i++) {
                while (fat == items[fr].length) {
                    fr++;
                    fat = 0;
                }
                addTerms(items[fr][fat++], requestTerms[fr], rows, i * width);
            }
            try (INDArray column = chunkLogits(firstLayer(rows, n))) {
                DataBuffer data = column.data();
                long offset = column.offset();
                for (int i = 0; i < n; i++) {
                    while (at == out[r].length) {
                        r++;
                        at = 0;
                    }
                    out[r][at++] = data.getFloat(offset + i);
                }
            }
        }
    }

    /** This thread's scratch rows for a chunk of {@code n} items (reused: a request allocates no chunk on the heap). */
    private float[] scratch(int n) {
        float[] rows = SCRATCH.get();
        if (rows.length < n * width) {
            rows = new float[CHUNK * Math.max(width, rows.length / CHUNK)];
            SCRATCH.set(rows);
        }
        return rows;
    }

    /** Row {@code at} of {@code rows}: {@code item}'s terms plus the request's. */
    private void addTerms(int item, float[] requestTerm, float[] rows, int at) {
        int base = item * width;
        for (int k = 0; k < width; k++) {
            rows[at + k] = itemTerms[base + k] + requestTerm[k];
        }
    }

    /** The first layer's output of {@code n} summed rows, through its ReLU, as a native array. */
    private INDArray firstLayer(float[] rows, int n) {
        int length = n * width;
        if (first.relu()) {
            for (int j = 0; j < length; j++) {
                rows[j] = Math.max(rows[j], 0f);
            }
        }
        INDArray h = Nd4j.createUninitialized(DataType.FLOAT, new long[] {n, width}, 'c');
        h.data().asNioFloat().put(0, rows, 0, length);
        return h;
    }

    private static void copyLogits(INDArray logits, float[] out, int from) {
        try (logits) {
            DataBuffer data = logits.data();
            long offset = logits.offset();
            for (int i = 0, n = (int) logits.length(); i < n; i++) {
                out[from + i] = data.getFloat(offset + i);
            }
        }
    }

    /**
     * {@code h}: a chunk's first-layer outputs, which this closes; the logits, one column, for the caller to
     * close. Each layer's output starts as its bias in every row (ones times the bias row) and gets the product
     * of the layer below with the weights added, both in BLAS.
     */
    private INDArray chunkLogits(INDArray h) {
        if (weights.length == 0) {
            return h;
        }
        try (INDArray ones = Nd4j.ones(DataType.FLOAT, h.rows(), 1)) {
            for (int l = 0; l < weights.length; l++) {
                // Column-major, as BLAS writes it: into a row-major result ND4J's gemm computes a column-major copy
                // and leaves it to the garbage collector, a native leak of the chunk's size per product until a GC.
                INDArray next = Nd4j.createUninitialized(DataType.FLOAT, new long[] {h.rows(), weights[l].columns()}, 'f');
                Nd4j.gemm(ones, biases[l], next, false, false, 1.0, 0.0);
                Nd4j.gemm(h, weights[l], next, false, false, 1.0, 1.0);
                h.close();
                if (relu[l]) {
                    Transforms.relu(next, false);
                }
                h = next;
            }
        }
        return h;
    }
}
