package io.ctxrec.routes.api;

import io.ctxrec.training.pipeline.TrainingStatus;
import java.time.Instant;

/**
 * One admin-requested training: QUEUED, RUNNING, then FINISHED (with the run's one-line result:
 * version, status and reason) or FAILED (an unexpected error; the log has it). {@code progress} is the
 * trainer's live status while RUNNING, else null.
 */
public record RetrainRun(String id, String state, Instant requestedAt, Instant finishedAt, String result,
                         TrainingStatus progress) {

    RetrainRun withState(String newState, Instant finished, String newResult) {
        return new RetrainRun(id, newState, requestedAt, finished, newResult, null);
    }

    RetrainRun withProgress(TrainingStatus status) {
        return new RetrainRun(id, state, requestedAt, finishedAt, result, status);
    }

    boolean isOpen() {
        return state.equals("QUEUED") || state.equals("RUNNING");
    }
}
