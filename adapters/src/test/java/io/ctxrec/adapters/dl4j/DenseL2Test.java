package io.ctxrec.adapters.dl4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ctxrec.domain.scoring.ModelName;
import java.util.List;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.regularization.L2Regularization;

class DenseL2Test {

    @Test
    void penaltyAndGradientStepEqualDl4jL2() {
        INDArray param = Nd4j.create(new float[] {0.5f, -1.25f, 2f, 0.1f, -0.3f, 0.7f}, new long[] {2, 3}, 'f');
        INDArray ours = Nd4j.create(new float[] {0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f}, new long[] {2, 3}, 'f');
        INDArray dl4j = ours.dup('f');

        new DenseL2(0.01).apply(param, ours, 0.1, 0, 0);
        new L2Regularization(0.01).apply(param, dl4j, 0.1, 0, 0);

        assertThat(flat(ours)).containsExactly(flat(dl4j));
        // 0.5 * 0.01 * (0.25 + 1.5625 + 4 + 0.01 + 0.09 + 0.49) = 0.0320125
        assertThat(new DenseL2(0.01).score(param, 0, 0)).isCloseTo(0.0320125, within(1e-7));
        assertThat(new DenseL2(0.01).score(param, 0, 0))
                .isCloseTo(new L2Regularization(0.01).score(param, 0, 0), within(1e-7));
        assertThat(new DenseL2(0).score(param, 0, 0)).isZero();
    }

    @Test
    void aSavedConfigurationReadsBackWithIt() {
        ModelConfig config = new ModelConfig(4, List.of(5), 0.01, 1e-4, 1, 6, 4, 42, 5, 6, new int[] {3});
        ComputationGraphConfiguration conf = ModelArchitectures.configuration(ModelName.NEUMF, config);
        String json = conf.toJson();
        assertThat(json).contains(DenseL2.class.getName());

        ComputationGraphConfiguration read = ComputationGraphConfiguration.fromJson(json);
        assertThat(read.toJson()).isEqualTo(json);
        new ComputationGraph(read).init();
    }

    private static float[] flat(INDArray a) {
        return a.dup('c').reshape(a.length()).toFloatVector();
    }
}
