package io.ctxrec.routes.scoring;

import org.apache.camel.builder.RouteBuilder;

/**
 * Every instance follows the active model version: every {@code ctxrec.models.poll-seconds} (and once at
 * start, so the active version is loaded before the first request asks) the poller asks the database which
 * version is active and switches to it once it is loaded ({@link ServingModels#poll}). A version activated
 * on any instance on the same database thus serves everywhere within the interval plus its load time.
 */
public class ModelVersionRoutes extends RouteBuilder {
    /** The poll, also for tests: one message runs one poll. */
    public static final String POLL = "direct:model-version-poll";

    private final ServingModels serving;

    public ModelVersionRoutes(ServingModels serving) {
        this.serving = serving;
    }

    @Override
    public void configure() {
        from("timer:model-version-poll?delay=0&period={{ctxrec.models.poll-seconds:5}}s").routeId("model-version-poll-timer")
                .to(POLL);

        from(POLL).routeId("model-version-poll")
                .process(exchange -> serving.poll());
    }
}
