package io.ctxrec.routes.api;

import io.ctxrec.routes.RetrainProgress;
import java.time.Instant;

/**
 * One admin-requested training: QUEUED, RUNNING, then FINISHED (with the run's one-line result:
 * version, status and reason), SKIPPED (another training was running) or FAILED (an unexpected error;
 * the log has it). {@code progress} is the trainer's live status while RUNNING, else null.
 */
public record RetrainRun(String id, State state, Instant requestedAt, Instant finishedAt, String result,
                         RetrainProgress progress) {

    /** Where an admin-requested training is; the API shows the name. */
    public enum State {
        QUEUED, RUNNING, FINISHED, SKIPPED, FAILED;

        boolean isOpen() {
            return this == QUEUED || this == RUNNING;
        }
    }

    RetrainRun withState(State newState, Instant finished, String newResult) {
        return new RetrainRun(id, newState, requestedAt, finished, newResult, null);
    }

    RetrainRun withProgress(RetrainProgress status) {
        return new RetrainRun(id, state, requestedAt, finishedAt, result, status);
    }

    boolean isOpen() {
        return state.isOpen();
    }
}
