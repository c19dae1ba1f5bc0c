package io.ctxrec.training.pipeline;

import io.ctxrec.adapters.dl4j.EpochReport;
import io.ctxrec.domain.scoring.ModelName;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs one training at a time: a second {@link #tryRun} while one is running returns at once as
 * skipped instead of starting a concurrent run. Keeps the running training's {@link TrainingStatus}
 * for polling.
 */
public final class TrainingRunner {
    private final TrainingPipeline pipeline;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile TrainingStatus status = TrainingStatus.IDLE;

    public TrainingRunner(TrainingPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** Runs the training on the calling thread, or skips it if one is already running. */
    public RunAttempt tryRun(TrainingRequest request) {
        if (!running.compareAndSet(false, true)) {
            return RunAttempt.skipped();
        }
        try {
            return RunAttempt.ran(pipeline.run(request, new StatusTracker()));
        } finally {
            status = TrainingStatus.IDLE;
            running.set(false);
        }
    }

    public boolean isRunning() {
        return running.get();
    }

    public TrainingStatus status() {
        return status;
    }

    private final class StatusTracker implements TrainingProgress {
        @Override
        public void runStarted(String version, int models, int epochs) {
            status = TrainingStatus.started(version, models, epochs);
        }

        @Override
        public void modelStarted(ModelName model, int index) {
            status = status.atModel(model.displayName(), index);
        }

        @Override
        public void epochFinished(ModelName model, EpochReport report) {
            status = status.atEpoch(report.epoch(), report.epochs());
        }
    }
}
