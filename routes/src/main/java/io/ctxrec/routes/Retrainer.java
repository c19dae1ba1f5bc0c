package io.ctxrec.routes;

import io.ctxrec.domain.port.ModelVersions;
import io.ctxrec.domain.port.TrainingRunLog;
import io.ctxrec.domain.port.TrainingRunLog.Entry;
import io.ctxrec.domain.port.TrainingRunLog.State;
import io.ctxrec.training.pipeline.RunAttempt;
import io.ctxrec.training.pipeline.TrainingOutcome;
import io.ctxrec.training.pipeline.TrainingRequest;
import io.ctxrec.training.pipeline.TrainingRunner;
import io.ctxrec.training.pipeline.TrainingStatus;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the retrain routes call: one training at a time through {@link TrainingRunner}, on the calling
 * (scheduler) thread, so no request thread ever waits for it; in a cluster, only with this instance's
 * {@link TrainingTurns turn}. Each run that trains (and each admin request, trained or skipped) is a row of the
 * {@link TrainingRunLog}. The service's one way into training.
 */
public class Retrainer {
    private static final Logger LOG = LoggerFactory.getLogger(Retrainer.class);
    static final String ERROR = "unexpected error; the server log has the details";

    private final TrainingRunner runner;
    private final Supplier<TrainingRequest> request;
    private final ModelVersions versions;
    private final TrainingTurns turns;
    private final TrainingRunLog runs;
    private final Clock clock;
    private volatile String lastOutcome = "";
    private volatile boolean startUpDone;

    public Retrainer(TrainingRunner runner, Supplier<TrainingRequest> request, ModelVersions versions,
                     TrainingTurns turns, TrainingRunLog runs, Clock clock) {
        this.runner = runner;
        this.request = request;
        this.versions = versions;
        this.turns = turns;
        this.runs = runs;
        this.clock = clock;
    }

    /** What {@link #run} did: one line on it, and whether it was skipped because a training was running. */
    public record Result(String summary, boolean skipped) {
    }

    /** A new run of this instance, not yet saved, for {@code trigger} (schedule, start-up or admin). */
    public Entry request(String trigger) {
        return new Entry(UUID.randomUUID().toString(), trigger, State.QUEUED, turns.instance(), clock.instant(), null,
                null);
    }

    /**
     * Runs a training unless one is running here or, in a cluster, on another instance. A skipped run is saved
     * only when it was asked for (admin): a schedule or start-up that another instance serves leaves no row.
     */
    public Result run(Entry entry) {
        LOG.info("training triggered by {} (run {})", entry.trigger(), entry.id());
        if (runner.isRunning()) {
            return skipped(entry, "skipped: a training is running on this instance");
        }
        if (!turns.take()) {
            String other = turns.otherTrainer().orElse("another instance");
            return skipped(entry, "skipped: instance " + other + " is training");
        }
        try {
            runs.save(entry.with(State.RUNNING, turns.instance(), null, null));
            RunAttempt attempt = runner.tryRun(request.get());
            if (attempt.wasSkipped()) {
                return skipped(entry, attempt.message());
            }
            lastOutcome = attempt.outcome().map(o -> o.status().name().toLowerCase(Locale.ROOT)).orElse("skipped");
            String summary = attempt.outcome().map(Retrainer::describe).orElse(attempt.message());
            LOG.info("training ({}): {}", entry.trigger(), summary);
            runs.save(entry.with(State.FINISHED, turns.instance(), clock.instant(), summary));
            startUpDone = true;
            return new Result(summary, false);
        } catch (RuntimeException e) {
            runs.save(entry.with(State.FAILED, turns.instance(), clock.instant(), ERROR));
            throw e;
        } finally {
            turns.release();
        }
    }

    private Result skipped(Entry entry, String why) {
        lastOutcome = "skipped";
        LOG.info("training ({}): {}", entry.trigger(), why);
        if ("admin".equals(entry.trigger())) {
            runs.save(entry.with(State.SKIPPED, turns.instance(), clock.instant(), why));
        }
        return new Result(why, true);
    }

    /** How the last run ended: active, rejected, failed or skipped (a metric tag); empty before any. */
    public String lastOutcome() {
        return lastOutcome;
    }

    /**
     * True while no version serves yet and this instance has not trained since it started: the start-up training
     * is tried again while other instances' trainings skip it, until one of them activates a version.
     */
    public boolean needsFirstTraining() {
        if (startUpDone) {
            return false;
        }
        if (versions.active().isPresent()) {
            startUpDone = true;
        }
        return !startUpDone;
    }

    /** Keeps this instance's turn while it trains (the {@code training-lease} route). */
    public void renewTurn() {
        if (runner.isRunning()) {
            turns.renew();
        }
    }

    /** True while a training runs, here or, in a cluster, on another instance. */
    public boolean isTraining() {
        return runner.isRunning() || turns.otherTrainer().isPresent();
    }

    /** The instance training now when it is another one; empty when idle or training here. */
    public java.util.Optional<String> otherTrainer() {
        return turns.otherTrainer();
    }

    /** This instance's name in the cluster. */
    public String instance() {
        return turns.instance();
    }

    /** The running training's progress here; not running when idle (or training on another instance). */
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
