package io.ctxrec.training.pipeline;

import java.util.Optional;

/** What {@link TrainingRunner#tryRun} did: ran a training (with its outcome) or skipped it, with a message. */
public record RunAttempt(Optional<TrainingOutcome> outcome, String message) {
    private static final String SKIPPED = "skipped: a training is already running";

    static RunAttempt skipped() {
        return new RunAttempt(Optional.empty(), SKIPPED);
    }

    static RunAttempt ran(TrainingOutcome outcome) {
        return new RunAttempt(Optional.of(outcome), outcome.version() + " " + outcome.status()
                + (outcome.reason().isEmpty() ? "" : ": " + outcome.reason()));
    }

    public boolean wasSkipped() {
        return outcome.isEmpty();
    }
}
