package io.ctxrec.domain.port;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code training_runs} table: every training the service ran or was asked for, whichever instance took it,
 * so that every instance can say how a run went.
 */
public interface TrainingRunLog {

    /** One training: what triggered it, where it is, the instance that ran it, and its one-line result. */
    record Entry(String id, String trigger, State state, String instance, Instant requestedAt, Instant finishedAt,
                 String result) {
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(trigger, "trigger");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(requestedAt, "requestedAt");
        }

        public Entry with(State newState, String newInstance, Instant finished, String newResult) {
            return new Entry(id, trigger, newState, newInstance, requestedAt, finished, newResult);
        }
    }

    /** QUEUED, RUNNING, then FINISHED, SKIPPED (another training was running) or FAILED. */
    enum State {
        QUEUED, RUNNING, FINISHED, SKIPPED, FAILED;

        public boolean isOpen() {
            return this == QUEUED || this == RUNNING;
        }
    }

    /** Inserts the entry, or updates the one with its id. */
    void save(Entry entry);

    Optional<Entry> find(String id);

    /** The entries still QUEUED or RUNNING, oldest first. */
    List<Entry> open();

    /** Marks FAILED, with {@code reason}, the open entries of instances other than {@code instance}. */
    int abandonOthers(String instance, Instant at, String reason);
}
