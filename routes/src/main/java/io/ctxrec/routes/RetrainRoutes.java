package io.ctxrec.routes;

import java.util.function.Consumer;
import org.apache.camel.builder.RouteBuilder;

/**
 * Offline training inside the service: nightly by Quartz, once at start when no version serves yet, and
 * on demand through the admin API; all three go through the one {@code direct:retrain} route and its
 * one-at-a-time runner, so a trigger while a training runs is skipped and logged, every run counts once
 * in the training metric, and requests never wait for training.
 */
public class RetrainRoutes extends RouteBuilder {
    private final Retrainer retrainer;
    private final Consumer<String> trainingRuns;

    /**
     * @param trainingRuns counts each run by its outcome (active, rejected, failed or skipped)
     */
    public RetrainRoutes(Retrainer retrainer, Consumer<String> trainingRuns) {
        this.retrainer = retrainer;
        this.trainingRuns = trainingRuns;
    }

    @Override
    public void configure() {
        from("quartz://ctxrec/retrain?cron={{ctxrec.training.cron}}").routeId("retrain-schedule")
                .setBody(constant("schedule"))
                .to("direct:retrain");

        from("timer:first-training?repeatCount=1&delay=1000").routeId("first-training")
                .autoStartup("{{ctxrec.training.on-start}}")
                .filter(method(retrainer, "noActiveVersion"))
                .setBody(constant("start-up, no active version"))
                .to("direct:retrain");

        // The body is what triggered the run; the reply a Retrainer.Result. An unexpected error counts as
        // failed and goes back to the caller.
        from("direct:retrain").routeId("retrain")
                .onException(RuntimeException.class)
                    .process(e -> trainingRuns.accept("failed"))
                .end()
                .bean(retrainer, "run")
                .process(e -> trainingRuns.accept(retrainer.lastOutcome()));
    }
}
