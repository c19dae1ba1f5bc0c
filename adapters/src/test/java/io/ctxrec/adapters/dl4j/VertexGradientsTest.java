package io.ctxrec.adapters.dl4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.scoring.ModelName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;

/**
 * Backprop of every parameter, custom vertices included, against central finite differences of the loss,
 * in double precision. DL4J gradients are sums over the batch, the score a mean: hence the batch factor.
 */
class VertexGradientsTest {
    private static final double H = 1e-6;
    private static final int BATCH = 4;

    @ParameterizedTest
    @MethodSource("io.ctxrec.adapters.dl4j.Dl4jFamily#names")
    void analyticGradientsMatchFiniteDifferences(ModelName model) {
        ModelConfig config = new ModelConfig(4, List.of(5), 0.01, 0, 1, BATCH, 4, 42, 5, 6, new int[] {3});
        ComputationGraphConfiguration conf = ModelArchitectures.configuration(model, config);
        conf.setDataType(DataType.DOUBLE);
        ComputationGraph graph = new ComputationGraph(conf);
        graph.init();
        MultiDataSet batch = batch(graph.getNumInputArrays());
        graph.setInputs(batch.getFeatures());
        graph.setLabels(batch.getLabels());
        graph.computeGradientAndScore();
        Map<String, INDArray> analytic = new LinkedHashMap<>();
        graph.gradient().gradientForVariable().forEach((k, v) -> analytic.put(k, v.dup(v.ordering())));

        for (Map.Entry<String, INDArray> e : analytic.entrySet()) {
            INDArray p = parameter(graph, e.getKey());
            INDArray g = e.getValue();
            long columns = p.rank() == 1 ? p.length() : p.size(1);
            for (long k = 0; k < p.length(); k++) {
                long[] at = p.rank() == 1 ? new long[] {k} : new long[] {k / columns, k % columns};
                double original = p.getDouble(at);
                p.putScalar(at, original + H);
                double plus = graph.score(batch);
                p.putScalar(at, original - H);
                double minus = graph.score(batch);
                p.putScalar(at, original);
                double numeric = (plus - minus) / (2 * H);
                assertThat(g.getDouble(at) / BATCH).as("%s %s[%d]", model, e.getKey(), k)
                        .isCloseTo(numeric, org.assertj.core.data.Offset.offset(1e-6 + 1e-4 * Math.abs(numeric)));
            }
        }
        assertThat(analytic).containsKey(model.equals(ModelName.LNCM) ? "mix_alpha"
                : model.equals(ModelName.BMF) ? "logit_globalBias" : "score_b");
    }

    private static MultiDataSet batch(int inputs) {
        INDArray[] features = new INDArray[inputs];
        features[0] = GraphInputs.column(new int[] {0, 1, 2, 4}).castTo(DataType.DOUBLE);
        features[1] = GraphInputs.column(new int[] {1, 5, 2, 3}).castTo(DataType.DOUBLE);
        for (int f = 2; f < inputs; f++) {
            features[f] = GraphInputs.column(new int[] {0, 2, 1, 2}).castTo(DataType.DOUBLE);
        }
        INDArray labels = GraphInputs.column(new float[] {1, 0, 1, 0}).castTo(DataType.DOUBLE);
        return new MultiDataSet(features, new INDArray[] {labels});
    }

    /** The live parameter view behind a gradient key "{layer or vertex}_{param}". */
    private static INDArray parameter(ComputationGraph graph, String key) {
        INDArray p = graph.paramTable().get(key);
        if (p != null) {
            return p;
        }
        for (GraphVertex v : graph.getVertices()) {
            if (key.startsWith(v.getVertexName() + "_")) {
                INDArray candidate = v.paramTable(false).get(key.substring(v.getVertexName().length() + 1));
                if (candidate != null) {
                    return candidate;
                }
            }
        }
        throw new AssertionError("no parameter " + key);
    }
}
