package io.ctxrec.routes.api;

import io.ctxrec.domain.port.TrainingRunLog;
import io.ctxrec.routes.RetrainProgress;
import java.time.Instant;

/**
 * One admin-requested training, as the API shows it: QUEUED, RUNNING, then FINISHED (with the run's one-line
 * result: version, status and reason), SKIPPED (another training was running) or FAILED (an unexpected error,
 * which the log of {@code instance} has, or that instance stopped). {@code instance} is the one that runs or ran it;
 * {@code progress} is the trainer's live status while RUNNING on the instance that answers, else null.
 */
public record RetrainRun(String id, State state, String instance, Instant requestedAt, Instant finishedAt,
                         String result, RetrainProgress progress) {

    /** Where an admin-requested training is; the API shows the name. */
    public enum State {
        QUEUED, RUNNING, FINISHED, SKIPPED, FAILED
    }

    static RetrainRun of(TrainingRunLog.Entry e, RetrainProgress progress) {
        return new RetrainRun(e.id(), State.valueOf(e.state().name()), e.instance(), e.requestedAt(), e.finishedAt(),
                e.result(), progress);
    }
}
