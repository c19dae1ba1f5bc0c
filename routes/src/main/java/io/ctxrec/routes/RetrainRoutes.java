package io.ctxrec.routes;

import java.util.function.Consumer;
import org.apache.camel.builder.RouteBuilder;

/**
 * Offline training inside the service: nightly by Quartz, once at start when no version serves yet, and
 * on demand through the admin API; all three go through the one {@code direct:retrain} route and its
 * one-at-a-time runner, so a trigger while a training runs is skipped and logged, every run counts once
 * in the training metric, and requests never wait for training. An instance that only serves
 * ({@code ctxrec.role=serve}) has no schedule and no start-up training: it never starts Quartz, so in a cluster
 * the nightly fire always lands on an instance that trains.
 */
public class RetrainRoutes extends RouteBuilder {
    private final Retrainer retrainer;
    private final Consumer<String> trainingRuns;
    private final boolean trains;

    /**
     * @param trainingRuns counts each run by its outcome (active, rejected, failed or skipped)
     */
    public RetrainRoutes(Retrainer retrainer, Consumer<String> trainingRuns) {
        this(retrainer, trainingRuns, true);
    }

    /** {@code trains} false: the routes of an instance that only serves (no schedule, no start-up training). */
    public RetrainRoutes(Retrainer retrainer, Consumer<String> trainingRuns, boolean trains) {
        this.retrainer = retrainer;
        this.trainingRuns = trainingRuns;
        this.trains = trains;
    }

    @Override
    public void configure() {
        if (trains) {
            // stateful: Quartz never runs two of these at once, in a cluster on any two instances either.
            from("quartz://ctxrec/retrain?cron={{ctxrec.training.cron}}&stateful=true").routeId("retrain-schedule")
                    .setBody(e -> retrainer.request("schedule"))
                    .to("direct:retrain");

            // Tried again every {{ctxrec.training.on-start-retry-seconds}} while another instance's training skips
            // it, until this instance has trained or any has activated a version.
            from("timer:first-training?delay=1000&period={{ctxrec.training.on-start-retry-seconds:30}}000")
                    .routeId("first-training")
                    .autoStartup("{{ctxrec.training.on-start}}")
                    .filter(method(retrainer, "needsFirstTraining"))
                    .setBody(e -> retrainer.request("start-up"))
                    .to("direct:retrain");

            // While this instance trains, it renews its turn (the cluster's training lease) well within its length.
            from("timer:training-lease?period={{ctxrec.cluster.lease-renew-seconds:10}}000").routeId("training-lease")
                    .autoStartup("{{ctxrec.cluster.enabled:false}}")
                    .bean(retrainer, "renewTurn");
        }

        // The body is the run (a TrainingRunLog.Entry); the reply a Retrainer.Result. An unexpected error counts
        // as failed and goes back to the caller.
        from("direct:retrain").routeId("retrain")
                .onException(RuntimeException.class)
                    .process(e -> trainingRuns.accept("failed"))
                .end()
                .bean(retrainer, "run")
                .process(e -> trainingRuns.accept(retrainer.lastOutcome()));
    }
}
