package io.ctxrec.adapters.dl4j;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemm;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * An MLP tower whose first layer reads a concatenation of user-side and item-side vectors. Its
 * pre-activation {@code x·W + b} is a sum over the slices of {@code x}, so the item-side slices (plus b)
 * are summed once per item here, the request-side slices once per request ({@link #addRequestInput}).
 * A request then scores its items a chunk at a time: the chunk's first layer (each item's terms plus the
 * request's term) is summed in Java, then each layer above is one matrix product with its weights, its bias
 * added by a second product (a column of ones times the bias row): BLAS vectorises the products, which the JIT
 * does not do for the same work in plain Java loops.
 *
 * <p>The products are OpenBLAS's {@code cblas_sgemm}, called directly on direct buffers: the weights' (shared,
 * read-only) and each thread's chunk buffers (reused, so that a request makes no native array and no object
 * that outlives it). Through ND4J each product was an op object with a context registered with ND4J's
 * deallocator, a few dozen per request; those lived until a collection had seen them die, and were most of
 * what each young collection copied. ND4J's broadcast ops and {@code pullRows} were dropped before for another
 * reason: under concurrent requests the service died in native code inside them (SIGSEGV in
 * {@code execBroadcast}). ND4J's setting of one BLAS thread ({@code NativeThreads}) holds for these calls too:
 * it is the same OpenBLAS library.
 */
final class SplitTower {
    /** Row {@code rowOf(item)} of {@code table} sits at position {@code from} of the first layer's input. */
    record ItemInput(int from, Matrix table, IntUnaryOperator rowOf) {
    }

    /**
     * Items per chunk: bounds each thread's chunk buffers whatever the number of products. 512 items of a 64-wide
     * layer are 128 KB an array, so a chunk's arrays stay in the core's cache from one pass to the next: one client of
     * init over 10,000 products, two 12-s windows each, took 7.86 / 7.79 ms of CPU a request with 512, 8.31 / 8.11
     * with 4,096, 8.59 / 8.29 with 1,024, 7.81 / 7.65 with 256 (docs/PERFORMANCE.md).
     */
    static final int CHUNK = 512;
    private static final ThreadLocal<float[]> SCRATCH = ThreadLocal.withInitial(() -> new float[0]);
    private static final ThreadLocal<ChunkBuffers> BUFFERS = ThreadLocal.withInitial(ChunkBuffers::new);

    private final Dense first;
    private final int width;
    /** The item terms, row {@code item} at {@code item * width}: the first layer's item-side sums and bias. */
    private final float[] itemTerms;
    /** Layer {@code l} above the first: its weights (row-major, {@code inputs[l] x outputs[l]}) and bias row. */
    private final FloatBuffer[] weights;
    private final FloatBuffer[] biases;
    private final int[] inputs;
    private final int[] outputs;
    private final boolean[] relu;
    /** The widest layer output, the first's included: what a chunk's buffers hold per item. */
    private final int widest;

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
        this.weights = new FloatBuffer[above];
        this.biases = new FloatBuffer[above];
        this.inputs = new int[above];
        this.outputs = new int[above];
        this.relu = new boolean[above];
        int most = width;
        for (int l = 0; l < above; l++) {
            Dense layer = layers[l + 1];
            Matrix m = layer.weights();
            weights[l] = direct(m.values);
            biases[l] = direct(layer.bias());
            inputs[l] = m.rows;
            outputs[l] = m.cols;
            relu[l] = layer.relu();
            most = Math.max(most, m.cols);
        }
        this.widest = most;
    }

    private static FloatBuffer direct(float[] values) {
        return ChunkBuffers.allocate(values.length).put(0, values);
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
            FloatBuffer logits = chunkLogits(rows, n);
            logits.get(0, out, from, n);
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
            FloatBuffer logits = chunkLogits(rows, n);
            for (int i = 0; i < n; i++) {
                while (at == out[r].length) {
                    r++;
                    at = 0;
                }
                out[r][at++] = logits.get(i);
            }
        }
    }

    /**
     * This thread's scratch rows for a chunk of {@code n} items, room for the widest layer (reused: a request
     * allocates no chunk on the heap).
     */
    private float[] scratch(int n) {
        float[] rows = SCRATCH.get();
        if (rows.length < n * widest) {
            rows = new float[Math.max(n, Math.min(CHUNK, 2 * rows.length / widest)) * widest];
            SCRATCH.set(rows);
        }
        return rows;
    }

    /** Row {@code at} of {@code rows}: {@code item}'s terms plus the request's (the first layer before its ReLU). */
    private void addTerms(int item, float[] requestTerm, float[] rows, int at) {
        int base = item * width;
        for (int k = 0; k < width; k++) {
            rows[at + k] = itemTerms[base + k] + requestTerm[k];
        }
    }

    /**
     * The logits of a chunk of {@code n} items whose first-layer sums are {@code rows}: through the first
     * layer's ReLU, then each layer above in BLAS. A view of this thread's buffers, valid until its next chunk.
     * Every ReLU runs on {@code rows}, a heap array, where the JIT vectorises it (a pass of its own: fused into
     * the sums' loop it took twice as long), a layer above's copied out of its buffer and back in bulk (per
     * element on the direct buffer it took six times as long).
     */
    private FloatBuffer chunkLogits(float[] rows, int n) {
        if (first.relu()) {
            relu(rows, n * width);
        }
        ChunkBuffers buffers = BUFFERS.get().sized(n, widest);
        FloatBuffer h = buffers.in;
        FloatBuffer next = buffers.out;
        h.put(0, rows, 0, n * width);
        for (int l = 0; l < weights.length; l++) {
            int cols = outputs[l];
            // Every row starts as the bias (ones x bias row), then gets the layer below times the weights added.
            cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, n, cols, 1, 1f, buffers.ones, 1, biases[l], cols,
                    0f, next, cols);
            cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, n, cols, inputs[l], 1f, h, inputs[l], weights[l],
                    cols, 1f, next, cols);
            if (relu[l]) {
                int length = n * cols;
                next.get(0, rows, 0, length);
                relu(rows, length);
                next.put(0, rows, 0, length);
            }
            FloatBuffer swap = h;
            h = next;
            next = swap;
        }
        return h;
    }

    private static void relu(float[] values, int length) {
        for (int j = 0; j < length; j++) {
            values[j] = Math.max(values[j], 0f);
        }
    }

    /** A thread's chunk buffers: the input and output of a layer (swapped from layer to layer) and a column of ones. */
    private static final class ChunkBuffers {
        private FloatBuffer in = allocate(0);
        private FloatBuffer out = allocate(0);
        private FloatBuffer ones = allocate(0);

        /** Room for {@code n} items of {@code width} floats, grown (never shrunk) as needed. */
        ChunkBuffers sized(int n, int width) {
            if (in.capacity() < n * width) {
                int items = Math.max(n, Math.min(CHUNK, 2 * in.capacity() / Math.max(1, width)));
                in = allocate(items * width);
                out = allocate(items * width);
            }
            if (ones.capacity() < n) {
                ones = allocate(Math.max(n, Math.min(CHUNK, 2 * ones.capacity())));
                for (int i = 0; i < ones.capacity(); i++) {
                    ones.put(i, 1f);
                }
            }
            return this;
        }

        private static FloatBuffer allocate(int floats) {
            return ByteBuffer.allocateDirect(floats * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
        }
    }
}
