package io.ctxrec.adapters.dl4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.scoring.ModelName;
import java.util.List;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.dataset.MultiDataSet;

class LazyAdamTest {

    @Test
    void stepsLikeAdamWhereEveryEntryHasAGradient() {
        INDArray gradient = Nd4j.rand(DataType.FLOAT, 1, 50).subi(0.5f);
        INDArray lazyGradient = gradient.dup();
        GradientUpdater<?> adam = new Adam(0.01).instantiate(Nd4j.zeros(DataType.FLOAT, 1, 100), true);
        GradientUpdater<?> lazy = new LazyAdam(0.01, 1, 1).instantiate(Nd4j.zeros(DataType.FLOAT, 1, 100), true);
        for (int iteration = 0; iteration < 3; iteration++) {
            INDArray a = gradient.dup();
            INDArray l = lazyGradient.dup();
            adam.applyUpdater(a, iteration, 0);
            lazy.applyUpdater(l, iteration, 0);
            assertThat(l.toFloatVector()).containsExactly(a.toFloatVector(),
                    org.assertj.core.data.Offset.offset(1e-6f));
        }
    }

    @Test
    void leavesEntriesWithoutGradientAndTheirMomentsAlone() {
        INDArray state = Nd4j.zeros(DataType.FLOAT, 1, 8);
        GradientUpdater<?> lazy = new LazyAdam(0.1, 1, 1).instantiate(state, true);
        INDArray gradient = Nd4j.createFromArray(new float[] {0.5f, 0f, -0.5f, 0f}).reshape(1, 4);
        lazy.applyUpdater(gradient, 0, 0);
        float[] update = gradient.toFloatVector();
        assertThat(update[1]).isZero();
        assertThat(update[3]).isZero();
        assertThat(update[0]).isPositive();
        assertThat(update[2]).isNegative();
        float[] moments = state.toFloatVector();
        assertThat(moments[1]).isZero();
        assertThat(moments[4 + 3]).isZero();
        assertThat(moments[0]).isNotZero();
    }

    @Test
    void embeddingTablesTakeLazyAdamAndLazyL2_denseLayersAdamAndDenseL2_andSurviveJson() {
        ModelConfig config = new ModelConfig(4, List.of(5), 0.01, 1e-3, 1, 8, 4, 42, 5, 6, new int[0]);
        ComputationGraphConfiguration conf = ComputationGraphConfiguration.fromJson(
                ModelArchitectures.configuration(ModelName.NEUMF, config).toJson());
        BaseLayer table = (BaseLayer) ((LayerVertex) conf.getVertices().get("gmf_user_emb")).getLayerConf().getLayer();
        BaseLayer dense = (BaseLayer) ((LayerVertex) conf.getVertices().get("mlp_0")).getLayerConf().getLayer();
        assertThat(table.getIUpdater()).isEqualTo(new LazyAdam(0.01, 5, 4));
        assertThat(table.getRegularization()).containsExactly(new LazyL2(1e-3, 5));
        assertThat(dense.getIUpdater()).isInstanceOf(Adam.class);
        assertThat(dense.getRegularization()).containsExactly(new DenseL2(1e-3));
    }

    @Test
    void stepsMoveOnlyTheRowsTheirBatchLookedUp() {
        ModelConfig config = new ModelConfig(4, List.of(5), 0.01, 1e-3, 1, 2, 4, 42, 5, 6, new int[0]);
        ComputationGraph graph = ModelArchitectures.build(ModelName.NEUMF, config);
        float[][] start = table(graph);
        fit(graph, new float[] {1f, 3f});
        float[][] first = table(graph);
        fit(graph, new float[] {1f, 1f});
        float[][] second = table(graph);
        for (int row : new int[] {0, 2, 4}) {
            assertThat(second[row]).as("row %d", row).containsExactly(start[row]);
        }
        assertThat(first[1]).isNotEqualTo(start[1]);
        assertThat(first[3]).isNotEqualTo(start[3]);
        assertThat(second[1]).isNotEqualTo(first[1]);
        assertThat(second[3]).as("row 3 is not in the second batch: no momentum step").containsExactly(first[3]);
        List<TouchedRows.Table> touched = TouchedRows.within(graph.getLayer("mlp_user_emb").getGradientsViewArray());
        assertThat(touched).hasSize(1);
        assertThat(touched.get(0).count()).as("distinct rows of the last batch").isEqualTo(1);
        assertThat(touched.get(0).list()[0]).isEqualTo(1);
    }

    @Test
    void theTouchedRowsAreListedOnceEachInAscendingOrder() {
        ModelConfig config = new ModelConfig(4, List.of(5), 0.01, 1e-3, 1, 2, 4, 42, 5, 6, new int[0]);
        ComputationGraph graph = ModelArchitectures.build(ModelName.NEUMF, config);
        fit(graph, new float[] {4f, 2f});
        fit(graph, new float[] {3f, 0f});

        TouchedRows.Table touched = TouchedRows.within(graph.getLayer("gmf_user_emb").getGradientsViewArray()).get(0);

        assertThat(java.util.Arrays.copyOf(touched.list(), touched.count())).containsExactly(0, 3);
    }

    private static float[][] table(ComputationGraph graph) {
        return graph.getLayer("mlp_user_emb").getParam("W").toFloatMatrix();
    }

    private static void fit(ComputationGraph graph, float[] userRows) {
        INDArray users = Nd4j.createFromArray(userRows).reshape(2, 1);
        INDArray items = Nd4j.createFromArray(new float[] {0f, 2f}).reshape(2, 1);
        INDArray labels = Nd4j.createFromArray(new float[] {1f, 0f}).reshape(2, 1);
        graph.fit(new MultiDataSet(new INDArray[] {users, items}, new INDArray[] {labels}));
    }
}
