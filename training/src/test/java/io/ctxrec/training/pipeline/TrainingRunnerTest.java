package io.ctxrec.training.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.scoring.ModelName;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingRunnerTest {
    @TempDir
    Path dir;

    @Test
    void secondRunWhileOneIsRunningIsSkippedAndTheStatusShowsTheRunningOne() throws Exception {
        CountDownLatch inTraining = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ModelTrainer blocking = (model, config, data, listener, check) -> {
            inTraining.countDown();
            await(release);
            return new Dl4jModelTrainer().train(model, config, data, listener, check);
        };
        TrainingRunner runner = new TrainingRunner(new Pipelines(dir).with(blocking));
        TrainingRequest request = Pipelines.ONE_EPOCH.withModels(ModelName.BMF);

        CompletableFuture<RunAttempt> first = CompletableFuture.supplyAsync(() -> runner.tryRun(request));
        assertThat(inTraining.await(60, TimeUnit.SECONDS)).isTrue();
        RunAttempt second = runner.tryRun(request);
        TrainingStatus during = runner.status();
        release.countDown();
        RunAttempt firstDone = first.get(60, TimeUnit.SECONDS);

        assertThat(second.wasSkipped()).isTrue();
        assertThat(second.message()).isEqualTo("skipped: a training is already running");
        assertThat(during).isEqualTo(new TrainingStatus(true, "v001", "BMF", 0, 1, 0, 1, 0));
        assertThat(firstDone.outcome().orElseThrow().activated()).isTrue();
        assertThat(runner.status()).isEqualTo(TrainingStatus.IDLE);
        assertThat(runner.tryRun(request).outcome().orElseThrow().version()).isEqualTo("v002");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
