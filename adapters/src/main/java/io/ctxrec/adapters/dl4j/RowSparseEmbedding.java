package io.ctxrec.adapters.dl4j;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.distribution.NormalDistribution;
import org.deeplearning4j.nn.conf.layers.EmbeddingLayer;
import org.deeplearning4j.nn.weights.WeightInitDistribution;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's embedding layer with a row-sparse backward pass ({@link RowSparseEmbeddingLayer}) and
 * {@link LazyAdam} / {@link LazyL2}: a training step costs the rows the batch looked up, not the whole
 * table. Same parameters ({@code W}, [rows, dim]) and forward pass as {@link EmbeddingLayer}.
 */
public class RowSparseEmbedding extends EmbeddingLayer {

    public RowSparseEmbedding() {
        // for DL4J's JSON deserialisation
    }

    /** A table of {@code rows} x {@code dim}, initialised from N(0, std), without bias. */
    static RowSparseEmbedding of(int rows, int dim, double std, double learningRate, double l2) {
        RowSparseEmbedding layer = new RowSparseEmbedding();
        layer.setNIn(rows);
        layer.setNOut(dim);
        layer.setHasBias(false);
        layer.setActivationFn(new ActivationIdentity());
        layer.setWeightInitFn(new WeightInitDistribution(new NormalDistribution(0, std)));
        layer.setIUpdater(new LazyAdam(learningRate, rows, dim));
        layer.setRegularization(List.of(new LazyL2(l2, rows)));
        return layer;
    }

    @Override
    public Layer instantiate(NeuralNetConfiguration conf, Collection<TrainingListener> trainingListeners,
                             int layerIndex, INDArray layerParamsView, boolean initializeParams,
                             DataType networkDataType) {
        RowSparseEmbeddingLayer layer = new RowSparseEmbeddingLayer(conf, networkDataType);
        layer.setListeners(trainingListeners);
        layer.setIndex(layerIndex);
        layer.setParamsViewArray(layerParamsView);
        Map<String, INDArray> paramTable = initializer().init(conf, layerParamsView, initializeParams);
        layer.setParamTable(paramTable);
        layer.setConf(conf);
        return layer;
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && super.equals(o);
    }

    @Override
    public int hashCode() {
        return 31 * getClass().getName().hashCode() + super.hashCode();
    }
}
