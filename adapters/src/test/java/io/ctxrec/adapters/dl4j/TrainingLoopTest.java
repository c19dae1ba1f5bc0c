package io.ctxrec.adapters.dl4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.ctxrec.domain.scoring.ModelName;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TrainingLoopTest {
    private static final int EPOCHS = 20;

    @ParameterizedTest
    @MethodSource("io.ctxrec.adapters.dl4j.Dl4jFamily#names")
    void trainingReducesLossAndRanksEachGroupsHalfFirst(ModelName model) {
        ModelConfig config = TwoGroups.config(EPOCHS, 3);
        ComputationGraph graph = ModelArchitectures.build(model, config);
        Dl4jScoringModel scoring = new Dl4jScoringModel(model, "v1", graph, config);

        TrainingHistory history = new TrainingLoop(config).train(graph, TwoGroups.samples(11, 3), EpochListener.NONE);

        double[] losses = history.lossCurve();
        double after = TwoGroups.shareOfUsersRankingLikedHalfFirst(scoring, new int[] {0}, 0.8);
        assertThat(losses).hasSize(EPOCHS);
        assertThat(losses[EPOCHS - 1]).isLessThan(0.8 * losses[0]);
        assertThat(after).isGreaterThan(0.8);
    }

    @Test
    void stopsAfterTheFirstEpochTheCheckDoesNotPass_showingItEachEpochsGraph() {
        ModelConfig config = TwoGroups.config(5);
        ComputationGraph graph = ModelArchitectures.build(ModelName.BMF, config);
        List<Integer> checked = new ArrayList<>();

        TrainingHistory history = new TrainingLoop(config).train(graph, TwoGroups.samples(5, 0), EpochListener.NONE,
                (seen, report) -> {
                    assertThat(seen).isSameAs(graph);
                    checked.add(report.epoch());
                    return report.epoch() < 2;
                });

        assertThat(checked).containsExactly(1, 2);
        assertThat(history.epochs()).extracting(EpochReport::epoch).containsExactly(1, 2);
    }

    @Test
    void reportsEveryEpochWithThroughputAndTimeLeft() {
        ModelConfig config = TwoGroups.config(3);
        List<EpochReport> reports = new ArrayList<>();
        List<Integer> requestedEpochs = new ArrayList<>();
        var samples = TwoGroups.samples(5, 0);

        TrainingHistory history = new TrainingLoop(config).train(ModelArchitectures.build(ModelName.BMF, config),
                epoch -> {
                    requestedEpochs.add(epoch);
                    return samples.apply(epoch);
                }, reports::add);

        assertThat(requestedEpochs).containsExactly(1, 2, 3);
        assertThat(reports).isEqualTo(history.epochs()).extracting(EpochReport::epoch).containsExactly(1, 2, 3);
        int perEpoch = TwoGroups.USERS * TwoGroups.POSITIVES_PER_USER * (1 + TwoGroups.NEGATIVES_PER_POSITIVE);
        for (EpochReport r : reports) {
            assertThat(r.epochs()).isEqualTo(3);
            assertThat(r.samples()).isEqualTo(perEpoch);
            assertThat(r.samplesPerSecond()).isPositive();
            assertThat(r.averageLoss()).isPositive();
        }
        assertThat(reports.get(2).estimatedRemaining()).isZero();
        assertThat(reports.get(1).elapsed()).isGreaterThan(reports.get(0).elapsed());
    }

    @ParameterizedTest
    @MethodSource("io.ctxrec.adapters.dl4j.Dl4jFamily#names")
    void reportedLossIsTheModelsLossOnTheEpochBeforeItsUpdate(ModelName model) {
        // One batch holds the whole epoch, so the reported loss is the loss before the single update.
        ModelConfig config = new ModelConfig(8, List.of(16, 8), 0.01, 1e-4, 1, 10_000, 4, 42,
                TwoGroups.USERS, TwoGroups.ITEMS, new int[] {3});
        ComputationGraph graph = ModelArchitectures.build(model, config);
        TrainingSamples samples = TwoGroups.samples(9, 3).apply(1);
        MultiDataSet all = new MiniBatches(samples, samples.size(), ModelArchitectures.contextInputs(graph),
                new java.util.Random(0)).next();
        double before = graph.score(all);

        TrainingHistory history = new TrainingLoop(config).train(graph, epoch -> samples, EpochListener.NONE);

        assertThat(history.lossCurve()[0]).isCloseTo(before, within(1e-6));
    }

    @Test
    void sameSeedTrainsToTheSameLossCurve() {
        ModelConfig config = TwoGroups.config(2);
        double[] first = new TrainingLoop(config).train(ModelArchitectures.build(ModelName.NEUMF, config),
                TwoGroups.samples(3, 0), EpochListener.NONE).lossCurve();
        double[] second = new TrainingLoop(config).train(ModelArchitectures.build(ModelName.NEUMF, config),
                TwoGroups.samples(3, 0), EpochListener.NONE).lossCurve();
        assertThat(first).containsExactly(second);
    }

    @Test
    void lncmLearnsItsMixingWeight() {
        ModelConfig config = TwoGroups.config(5);
        ComputationGraph graph = ModelArchitectures.build(ModelName.LNCM, config);
        double initial = ModelArchitectures.lncmLinearWeight(graph);

        new TrainingLoop(config).train(graph, TwoGroups.samples(13, 0), EpochListener.NONE);

        double learned = ModelArchitectures.lncmLinearWeight(graph);
        assertThat(initial).isEqualTo(0.5);
        assertThat(learned).isStrictlyBetween(0.0, 1.0);
        assertThat(Math.abs(learned - initial)).isGreaterThan(1e-3);
    }

    @Test
    void rejectsSamplesOutsideTheModelsDimensions() {
        ModelConfig config = TwoGroups.config(1);
        TrainingSamples unknownItem = new TrainingSamples(new int[] {0}, new int[] {TwoGroups.ITEMS},
                new int[0][], new float[] {1f});
        TrainingLoop loop = new TrainingLoop(config);
        ComputationGraph graph = ModelArchitectures.build(ModelName.BMF, config);

        assertThatThrownBy(() -> loop.train(graph, epoch -> unknownItem, EpochListener.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("items[0]");
    }
}
