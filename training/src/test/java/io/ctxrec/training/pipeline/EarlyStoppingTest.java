package io.ctxrec.training.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.adapters.dl4j.EpochReport;
import io.ctxrec.adapters.dl4j.ModelArchitectures;
import io.ctxrec.adapters.dl4j.ModelConfig;
import io.ctxrec.domain.scoring.ModelName;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;

class EarlyStoppingTest {
    private final ComputationGraph graph = ModelArchitectures.build(ModelName.BMF,
            new ModelConfig(4, List.of(), 0.01, 0, 10, 64, 1, 1L, 3, 5, new int[0]));

    @Test
    void stopsAfterPatienceEpochsWithoutGain_aTieBeingNoGain() {
        Map<Integer, Double> ndcg = Map.of(1, 0.1, 2, 0.3, 3, 0.2, 4, 0.25, 5, 0.3);
        EarlyStopping stopping = new EarlyStopping(3, g -> ndcg.get((int) g.params().getDouble(0)));

        List<Boolean> proceeded = new ArrayList<>();
        for (int epoch = 1; epoch <= 5; epoch++) {
            proceeded.add(stopping.proceed(at(epoch), report(epoch)));
        }

        assertThat(proceeded).containsExactly(true, true, true, true, false);
        assertThat(stopping.bestEpoch()).isEqualTo(2);
        assertThat(stopping.curve()).containsExactly(0.1, 0.3, 0.2, 0.25, 0.3);
    }

    @Test
    void restoresTheBestEpochsWeights() {
        Map<Integer, Double> ndcg = Map.of(1, 0.2, 2, 0.4, 3, 0.1);
        EarlyStopping stopping = new EarlyStopping(5, g -> ndcg.get((int) g.params().getDouble(0)));
        for (int epoch = 1; epoch <= 3; epoch++) {
            stopping.proceed(at(epoch), report(epoch));
        }

        stopping.restoreBest(graph);

        assertThat(graph.params().getDouble(0)).isEqualTo(2.0);
        assertThat(graph.params().getDouble(graph.params().length() - 1)).isEqualTo(2.0);
    }

    // Every weight set to the epoch number, so a score and a restored graph name their epoch.
    private ComputationGraph at(int epoch) {
        graph.params().assign(epoch);
        return graph;
    }

    private static EpochReport report(int epoch) {
        return new EpochReport(epoch, 10, 0.5, 100, 1000, Duration.ZERO, Duration.ZERO);
    }
}
