package io.ctxrec.routes;

import org.apache.camel.builder.RouteBuilder;

/**
 * Offline training inside the service: nightly by Quartz, once at start when no version serves yet.
 * Both run on their own scheduler threads and go through the one-at-a-time runner, so a trigger while
 * a training runs is skipped and logged, and requests never wait for training.
 */
public class RetrainRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("quartz://ctxrec/retrain?cron={{ctxrec.training.cron}}").routeId("retrain-schedule")
                .setBody(constant("schedule"))
                .to("direct:retrain");

        from("timer:first-training?repeatCount=1&delay=1000").routeId("first-training")
                .autoStartup("{{ctxrec.training.on-start}}")
                .filter(method("retrainer", "noActiveVersion"))
                .setBody(constant("start-up, no active version"))
                .to("direct:retrain");

        from("direct:retrain").routeId("retrain")
                .bean("retrainer", "retrain(${body})")
                .bean("serviceMetrics", "trainingRun(${bean:retrainer?method=lastOutcome})");
    }
}
