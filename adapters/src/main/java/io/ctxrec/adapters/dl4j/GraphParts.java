package io.ctxrec.adapters.dl4j;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.regularization.Regularization;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/** The building blocks the four architectures share. */
final class GraphParts {
    static final String USER = "user";
    static final String ITEM = "item";
    static final String OUTPUT = "score";
    // Small embeddings keep initial dot products near 0, i.e. initial probabilities near 0.5.
    private static final double EMBEDDING_INIT_STD = 0.1;

    private GraphParts() {
    }

    static String contextInput(int feature) {
        return "context_" + feature;
    }

    /**
     * Adam and seeded initialisation for every layer and vertex. L2 on weights (not biases) is set per layer:
     * a global L2 would be added to the embedding tables' {@link LazyL2} and touch every row every step.
     */
    static GraphBuilder newGraph(ModelConfig c) {
        return new NeuralNetConfiguration.Builder()
                .seed(c.seed())
                .dataType(DataType.FLOAT)
                .updater(new Adam(c.learningRate()))
                .weightInit(WeightInit.XAVIER)
                .graphBuilder();
    }

    /**
     * An embedding table of {@code rows} x {@code dim} looked up by the index in {@code input}, trained with
     * {@link LazyAdam} and {@link LazyL2} through {@link RowSparseEmbedding}: a step costs the rows the batch
     * used, not the whole table.
     */
    static void embedding(GraphBuilder g, ModelConfig c, String name, int rows, int dim, String input) {
        g.addLayer(name, RowSparseEmbedding.of(rows, dim, EMBEDDING_INIT_STD, c.learningRate(), c.l2()), input);
    }

    /** ReLU dense layers of the given widths on top of {@code input}; returns the top layer's name. */
    static String mlp(GraphBuilder g, ModelConfig c, String prefix, String input, int inputWidth,
                      List<Integer> widths) {
        String top = input;
        int in = inputWidth;
        for (int i = 0; i < widths.size(); i++) {
            String name = prefix + "_" + i;
            g.addLayer(name, withDenseL2(new DenseLayer.Builder().nIn(in).nOut(widths.get(i))
                    .activation(Activation.RELU).weightInit(WeightInit.RELU).build(), c), top);
            top = name;
            in = widths.get(i);
        }
        return top;
    }

    /** L2 on the layer's weights (not biases), as DL4J's own, its penalty summed in Java ({@link DenseL2}). */
    private static <L extends BaseLayer> L withDenseL2(L layer, ModelConfig c) {
        List<Regularization> l2 = new ArrayList<>();
        if (c.l2() > 0) {
            l2.add(new DenseL2(c.l2()));
        }
        layer.setRegularization(l2);
        return layer;
    }

    static int mlpWidth(int inputWidth, List<Integer> widths) {
        return widths.isEmpty() ? inputWidth : widths.get(widths.size() - 1);
    }

    /** dense(1) with a sigmoid, trained on binary cross-entropy. */
    static OutputLayer sigmoidOutput(ModelConfig c, int nIn) {
        return withDenseL2(new OutputLayer.Builder(LossFunction.XENT).nIn(nIn).nOut(1).activation(Activation.SIGMOID)
                .build(), c);
    }

    /** A parameter-free sigmoid + binary cross-entropy on a logit computed by a vertex. */
    static LossLayer sigmoidLoss() {
        return new LossLayer.Builder(LossFunction.XENT).activation(new CopyingSigmoid()).build();
    }

    /** A linear dense(1): a logit. */
    static DenseLayer logit(ModelConfig c, int nIn) {
        return withDenseL2(new DenseLayer.Builder().nIn(nIn).nOut(1).activation(Activation.IDENTITY).build(), c);
    }
}
