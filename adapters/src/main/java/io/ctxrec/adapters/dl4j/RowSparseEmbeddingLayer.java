package io.ctxrec.adapters.dl4j;

import java.util.Arrays;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.feedforward.embedding.EmbeddingLayer;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The runtime of {@link RowSparseEmbedding}. DL4J's forward pass looks the rows up with ND4J's native
 * {@code pullRows}, which walks the table's strided rows element by element: JFR put 70 % of a demo-shop
 * {@code train} in it (about 1 ms of CPU for 1,024 rows of 32); this one copies them in Java, column by column
 * of DL4J's 'f'-ordered table. DL4J's backward pass zeroes the whole table's gradient and
 * scatters the batch into it with a native op, a cost per table row; this one clears only the rows it
 * wrote last step (which the updater turned into that step's updates) and adds the batch's rows in Java.
 * The gradient is the same: the sum over the batch of each looked-up row's output gradient, 0 elsewhere.
 */
final class RowSparseEmbeddingLayer extends EmbeddingLayer {
    private int[] written = new int[0];
    private int writtenCount;
    private int[] slot = new int[0];
    private boolean dirty = true;

    RowSparseEmbeddingLayer(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    @Override
    protected INDArray preOutput(boolean training, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(false);
        INDArray weights = getParam(DefaultParamInitializer.WEIGHT_KEY);
        if (hasBias() || weights.dataType() != DataType.FLOAT || input.columns() != 1
                || input.length() > Integer.MAX_VALUE || weights.elementWiseStride() != 1) {
            return super.preOutput(training, workspaceMgr);
        }
        int tableRows = (int) weights.size(0);
        int dim = (int) weights.size(1);
        int[] rows = input.toIntVector();
        for (int row : rows) {
            if (row < 0 || row >= tableRows) {
                return super.preOutput(training, workspaceMgr); // DL4J's own error for an index out of range
            }
        }
        char order = weights.ordering();
        FloatView w = new FloatView(weights);
        float[] gathered = new float[rows.length * dim];
        for (int k = 0; k < dim; k++) {
            for (int s = 0; s < rows.length; s++) {
                gathered[s * dim + k] = w.get(FloatView.index(order, tableRows, dim, rows[s], k));
            }
        }
        INDArray out = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, DataType.FLOAT,
                new long[] {rows.length, dim}, 'c');
        FloatView target = new FloatView(out);
        target.buffer.put(target.offset, gathered);
        return out;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        if (layerConf().hasBias() || !(layerConf().getActivationFn() instanceof ActivationIdentity)
                || maskArray != null || epsilon.dataType() != DataType.FLOAT) {
            dirty = true;
            return super.backpropGradient(epsilon, workspaceMgr);
        }
        assertInputSet(true);
        INDArray weightGradients = gradientViews.get(DefaultParamInitializer.WEIGHT_KEY);
        int tableRows = (int) weightGradients.size(0);
        int dim = (int) weightGradients.size(1);
        char order = weightGradients.ordering();
        FloatView g = new FloatView(weightGradients);
        if (dirty) {
            weightGradients.assign(0);
            dirty = false;
        } else {
            clearWritten(g, order, tableRows, dim);
        }
        int[] rows = input.toIntVector();
        collectWritten(rows, tableRows);
        if (order == 'f') {
            writeSums(g, tableRows, dim, rows, epsilon);
        } else {
            float[] delta = epsilon.dup('c').reshape(rows.length * (long) dim).toFloatVector();
            for (int s = 0; s < rows.length; s++) {
                for (int k = 0; k < dim; k++) {
                    int i = FloatView.index(order, tableRows, dim, rows[s], k);
                    g.put(i, g.get(i) + delta[s * dim + k]);
                }
            }
        }
        for (int w = 0; w < writtenCount; w++) {
            slot[written[w]] = -1;
        }
        if (order == 'f') {
            TouchedRows.record(this, weightGradients, tableRows, dim, written, writtenCount);
        }
        Gradient gradient = new DefaultGradient();
        gradient.gradientForVariable().put(DefaultParamInitializer.WEIGHT_KEY, weightGradients);
        return new Pair<>(gradient, null);
    }

    /**
     * Sums each row's output gradients in a compact array (a context table of 5 rows takes 5 sums, not one
     * update per sample), then writes the sums one column at a time: in DL4J's 'f' order a row's entries lie a
     * whole column apart, so going row by row touched a new cache line per entry, while the ascending rows
     * sweep each column forward. The rows were cleared, so the sums are written, not added.
     */
    private void writeSums(FloatView g, int tableRows, int dim, int[] rows, INDArray epsilon) {
        int n = rows.length;
        // Read in the gradient's own order: a native re-ordering copy cost more than the whole loop.
        INDArray source = epsilon.elementWiseStride() == 1 ? epsilon : epsilon.dup('c');
        boolean rowMajor = source.ordering() == 'c';
        float[] delta = new float[n * dim];
        FloatView d = new FloatView(source);
        d.buffer.get(d.offset, delta);
        int sampleStride = rowMajor ? dim : 1;
        int columnStride = rowMajor ? 1 : n;
        float[] sums = new float[writtenCount * dim];
        for (int s = 0; s < n; s++) {
            int to = slot[rows[s]] * dim;
            int from = s * sampleStride;
            for (int k = 0; k < dim; k++) {
                sums[to + k] += delta[from + k * columnStride];
            }
        }
        for (int k = 0; k < dim; k++) {
            int column = k * tableRows;
            for (int w = 0; w < writtenCount; w++) {
                g.put(column + written[w], sums[w * dim + k]);
            }
        }
    }

    /** Zeroes the rows written last step; in 'f' order column by column, the rows ascending. */
    private void clearWritten(FloatView g, char order, int tableRows, int dim) {
        for (int k = 0; k < dim; k++) {
            for (int w = 0; w < writtenCount; w++) {
                g.put(FloatView.index(order, tableRows, dim, written[w], k), 0f);
            }
        }
    }

    /**
     * The distinct rows of this batch, ascending, and each one's position among them in {@code slot} (-1 for
     * the others once the step is done), for the sums, the next step's clearing and {@link LazyAdam} and
     * {@link LazyL2}, which walk them column by column: ascending rows make that walk a forward sweep.
     */
    private void collectWritten(int[] rows, int tableRows) {
        if (written.length < rows.length) {
            written = new int[rows.length];
        }
        if (slot.length != tableRows) {
            slot = new int[tableRows];
            Arrays.fill(slot, -1);
        }
        writtenCount = 0;
        for (int row : rows) {
            if (slot[row] < 0) {
                slot[row] = 0;
                written[writtenCount++] = row;
            }
        }
        Arrays.sort(written, 0, writtenCount);
        for (int w = 0; w < writtenCount; w++) {
            slot[written[w]] = w;
        }
    }
}
