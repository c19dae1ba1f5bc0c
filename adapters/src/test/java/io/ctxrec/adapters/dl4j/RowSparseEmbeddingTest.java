package io.ctxrec.adapters.dl4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.scoring.ModelName;
import java.util.List;
import java.util.Random;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;

/**
 * The row-sparse embedding (its Java lookup and backward pass) and the column-copying merge give DL4J's own
 * embedding and merge outputs and gradients, batch after batch (float, as trained).
 */
class RowSparseEmbeddingTest {

    @ParameterizedTest
    @MethodSource("io.ctxrec.adapters.dl4j.Dl4jFamily#names")
    void gradientsEqualDl4jEmbeddingAndMergeVertices(ModelName model) {
        ModelConfig config = new ModelConfig(4, List.of(5), 0.01, 0, 1, 6, 4, 42, 5, 6, new int[] {3});
        ComputationGraph sparse = ModelArchitectures.build(model, config);
        String json = ModelArchitectures.configuration(model, config).toJson()
                .replace(RowSparseEmbedding.class.getName(),
                        org.deeplearning4j.nn.conf.layers.EmbeddingLayer.class.getName())
                .replace(ColumnMergeVertex.class.getName(), org.deeplearning4j.nn.conf.graph.MergeVertex.class.getName());
        assertThat(json).doesNotContain(RowSparseEmbedding.class.getSimpleName())
                .doesNotContain(ColumnMergeVertex.class.getSimpleName());
        ComputationGraph dense = new ComputationGraph(ComputationGraphConfiguration.fromJson(json));
        dense.init(sparse.params().dup(), true);
        Random random = new Random(5);
        for (int step = 0; step < 3; step++) {
            MultiDataSet batch = batch(sparse.getNumInputArrays(), random);
            assertThat(sparse.output(false, batch.getFeatures())[0].toFloatVector()).as("%s output %d", model, step)
                    .containsExactly(dense.output(false, batch.getFeatures())[0].toFloatVector(),
                            org.assertj.core.data.Offset.offset(1e-6f));
            float[] expected = gradient(dense, batch);
            float[] actual = gradient(sparse, batch);
            assertThat(actual).as("%s step %d", model, step)
                    .containsExactly(expected, org.assertj.core.data.Offset.offset(1e-6f));
        }
    }

    private static float[] gradient(ComputationGraph graph, MultiDataSet batch) {
        graph.setInputs(batch.getFeatures());
        graph.setLabels(batch.getLabels());
        graph.computeGradientAndScore();
        return graph.gradient().gradient().dup().toFloatVector();
    }

    private static MultiDataSet batch(int inputs, Random random) {
        int n = 6;
        int[] sizes = {5, 6, 3};
        INDArray[] features = new INDArray[inputs];
        for (int i = 0; i < inputs; i++) {
            float[] column = new float[n];
            for (int s = 0; s < n; s++) {
                column[s] = random.nextInt(sizes[i]);
            }
            features[i] = GraphInputs.column(column);
        }
        float[] labels = new float[n];
        for (int s = 0; s < n; s++) {
            labels[s] = random.nextBoolean() ? 1f : 0f;
        }
        return new MultiDataSet(features, new INDArray[] {GraphInputs.column(labels)});
    }
}
