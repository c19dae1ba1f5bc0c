package io.ctxrec.training.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.adapters.dl4j.EpochReport;
import io.ctxrec.domain.scoring.ModelName;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void progressLineShowsLossThroughputAndTimeLeft() {
        EpochReport report = new EpochReport(3, 10, 0.41234, 100_000, 52_310.4, Duration.ofSeconds(9),
                Duration.ofSeconds(75));

        assertThat(ProgressLine.of(ModelName.NEUMF, report))
                .isEqualTo("NeuMF epoch 3/10: loss 0.4123, 52,310 samples/s, 1:15 left");
    }

    @Test
    void percentCountsFinishedEpochsOverAllModels() {
        TrainingStatus status = TrainingStatus.started("v1", 4, 10).atModel("NeuMF", 2).atEpoch(5);

        // models 0 and 1 done (20 epochs) plus 5 of model 2: 25 of 40
        assertThat(status.percent()).isEqualTo(62.5);
        assertThat(status.model()).isEqualTo("NeuMF");
        assertThat(status.running()).isTrue();
    }

    @Test
    void epochSamplesTurnRowMajorContextsIntoOneArrayPerFeature() {
        var examples = new io.ctxrec.training.dataset.EpochExamples(new int[] {0, 1}, new int[] {5, 6},
                new int[] {1, 2, 3, 4, 5, 6}, 3, new float[] {1f, 0f});

        var samples = EpochSamples.of(examples);

        assertThat(samples.contexts()).isDeepEqualTo(new int[][] {{1, 4}, {2, 5}, {3, 6}});
        assertThat(samples.users()).containsExactly(0, 1);
        assertThat(samples.labels()).containsExactly(1f, 0f);
    }

    @Test
    void evaluationLineShowsCasesThroughputAndTimeLeft() {
        EvaluationStatus status = new EvaluationStatus("LNCM", "sampled", 12_800, 76_332, Duration.ofSeconds(8));

        // 12,800 cases in 8 s: 1,600 cases/s; 63,532 left at that rate: 39.7 s
        assertThat(ProgressLine.of(status))
                .isEqualTo("LNCM evaluation, sampled: 12,800/76,332 cases, 1,600 cases/s, 0:39 left");
    }

    @Test
    void finishedEvaluationLineShowsItsTime() {
        EvaluationStatus status = new EvaluationStatus("ENCM", "full ranking", 5_000, 5_000, Duration.ofSeconds(62));

        assertThat(ProgressLine.of(status))
                .isEqualTo("ENCM evaluation, full ranking: 5,000 cases in 1:02, 81 cases/s");
    }

    @Test
    void progressLogPrintsAnEvaluationEveryTenSecondsAndWhenItFinishes() {
        List<String> printed = new ArrayList<>();
        ProgressLog log = new ProgressLog(printed::add);
        for (int s : new int[] {1, 4, 9, 10, 12, 19, 21, 25}) {
            log.evaluationAdvanced(new EvaluationStatus("BMF", "sampled", s, 25, Duration.ofSeconds(s)));
        }
        log.evaluationAdvanced(new EvaluationStatus("BMF", "full ranking", 3, 6, Duration.ofSeconds(2)));

        assertThat(printed).extracting(line -> line.substring(0, line.indexOf(" cases")))
                .containsExactly("BMF evaluation, sampled: 10/25", "BMF evaluation, sampled: 21/25",
                        "BMF evaluation, sampled: 25");
    }
}
