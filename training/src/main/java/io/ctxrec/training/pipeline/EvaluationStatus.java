package io.ctxrec.training.pipeline;

import java.time.Duration;

/**
 * How far one model's evaluation under one ranking ({@code sampled} or {@code full ranking}) is:
 * {@code done} of {@code total} test cases after {@code elapsed}.
 */
public record EvaluationStatus(String model, String ranking, long done, long total, Duration elapsed) {

    public boolean finished() {
        return done >= total;
    }

    /** 0 before any time has passed. */
    public double casesPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds > 0 ? done / seconds : 0;
    }

    /** At the rate so far; zero when finished, or when no case is done yet to estimate from. */
    public Duration estimatedRemaining() {
        if (done == 0 || finished()) {
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) ((double) elapsed.toNanos() * (total - done) / done));
    }
}
