package io.ctxrec.routes;

import io.ctxrec.domain.port.ModelVersions;
import io.ctxrec.training.pipeline.RunAttempt;
import io.ctxrec.training.pipeline.TrainingOutcome;
import io.ctxrec.training.pipeline.TrainingRequest;
import io.ctxrec.training.pipeline.TrainingRunner;
import io.ctxrec.training.pipeline.TrainingStatus;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the retrain routes call: one training at a time through {@link TrainingRunner}, on the calling
 * (scheduler) thread, so no request thread ever waits for it. The service's one way into training.
 */
public class Retrainer {
    private static final Logger LOG = LoggerFactory.getLogger(Retrainer.class);

    private final TrainingRunner runner;
    private final Supplier<TrainingRequest> request;
    private final ModelVersions versions;
    private volatile String lastOutcome = "";

    public Retrainer(TrainingRunner runner, Supplier<TrainingRequest> request, ModelVersions versions) {
        this.runner = runner;
        this.request = request;
        this.versions = versions;
    }

    /** What {@link #run} did: one line on it, and whether it was skipped because a training was running. */
    public record Result(String summary, boolean skipped) {
    }

    /** Runs a training unless one is running; returns one line on what happened. */
    public String retrain(String trigger) {
        return run(trigger).summary();
    }

    /** Runs a training unless one is running. */
    public Result run(String trigger) {
        LOG.info("training triggered by {}", trigger);
        RunAttempt attempt = runner.tryRun(request.get());
        lastOutcome = attempt.outcome().map(o -> o.status().name().toLowerCase(java.util.Locale.ROOT)).orElse("skipped");
        String summary = attempt.outcome().map(Retrainer::describe).orElse(attempt.message());
        LOG.info("training ({}): {}", trigger, summary);
        return new Result(summary, attempt.wasSkipped());
    }

    /** How the last run ended: active, rejected, failed or skipped (a metric tag); empty before any. */
    public String lastOutcome() {
        return lastOutcome;
    }

    /** True when no version serves yet (a fresh demo). */
    public boolean noActiveVersion() {
        return versions.active().isEmpty();
    }

    /** True while a training runs, whoever started it. */
    public boolean isTraining() {
        return runner.isRunning();
    }

    /** The running training's progress; not running when idle. */
    public RetrainProgress progress() {
        TrainingStatus s = runner.status();
        return new RetrainProgress(s.running(), blankAsNull(s.version()), blankAsNull(s.model()), s.modelIndex(),
                s.models(), s.epoch(), s.epochs(), s.percent());
    }

    /** The API shows an absent version or model as null, not as an empty string. */
    private static String blankAsNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String describe(TrainingOutcome o) {
        return "version " + o.version() + " " + o.status() + (o.reason().isEmpty() ? "" : ": " + o.reason())
                + " in " + o.time().toSeconds() + " s";
    }
}
