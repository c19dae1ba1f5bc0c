package io.ctxrec.adapters.dl4j;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.feedforward.embedding.EmbeddingLayer;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The runtime of {@link RowSparseEmbedding}. DL4J's backward pass zeroes the whole table's gradient and
 * scatters the batch into it with a native op that cost about 1 µs per row; this one clears only the rows it
 * wrote last step (which the updater turned into that step's updates) and adds the batch's rows in Java.
 * The gradient is the same: the sum over the batch of each looked-up row's output gradient, 0 elsewhere.
 */
final class RowSparseEmbeddingLayer extends EmbeddingLayer {
    private int[] written = new int[0];
    private int writtenCount;
    private boolean[] isWritten = new boolean[0];
    private boolean dirty = true;

    RowSparseEmbeddingLayer(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
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
            for (int w = 0; w < writtenCount; w++) {
                for (int k = 0; k < dim; k++) {
                    g.put(FloatView.index(order, tableRows, dim, written[w], k), 0f);
                }
            }
        }
        int[] rows = input.toIntVector();
        float[] delta = epsilon.dup('c').reshape(rows.length * (long) dim).toFloatVector();
        if (written.length < rows.length) {
            written = new int[rows.length];
        }
        if (isWritten.length != tableRows) {
            isWritten = new boolean[tableRows];
        }
        writtenCount = 0;
        for (int s = 0; s < rows.length; s++) {
            for (int k = 0; k < dim; k++) {
                int i = FloatView.index(order, tableRows, dim, rows[s], k);
                g.put(i, g.get(i) + delta[s * dim + k]);
            }
            if (!isWritten[rows[s]]) {
                isWritten[rows[s]] = true;
                written[writtenCount++] = rows[s];
            }
        }
        for (int w = 0; w < writtenCount; w++) {
            isWritten[written[w]] = false;
        }
        if (order == 'f') {
            TouchedRows.record(this, weightGradients, tableRows, dim, written, writtenCount);
        }
        Gradient gradient = new DefaultGradient();
        gradient.gradientForVariable().put(DefaultParamInitializer.WEIGHT_KEY, weightGradients);
        return new Pair<>(gradient, null);
    }
}
