package io.ctxrec.routes.api;

import static org.apache.camel.model.rest.RestParamType.header;
import static org.apache.camel.model.rest.RestParamType.path;

import io.ctxrec.routes.api.auth.Access;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * {@code /api/admin/retrain}: start a background training (202) and poll it; the admin token (or, in jwt mode, a
 * token with the admin claim) required.
 */
public class AdminApiRoutes extends RouteBuilder {
    private final Access access;
    private final RetrainJobs jobs;

    public AdminApiRoutes(Access access, RetrainJobs jobs) {
        this.access = access;
        this.jobs = jobs;
    }

    @Override
    public void configure() {
        rest("/api/admin/retrain").description("Training on demand (Authorization: Bearer <ctxrec.admin.token>)")
                .post().id("retrain-start-http").description("Start a training in the background; 409 while one runs")
                    .param().name("Authorization").type(header).required(true).endParam()
                    .outType(RetrainRun.class)
                    .responseMessage().code(202).message("started").endResponseMessage()
                    .responseMessage().code(409).message("conflict: a training is running").endResponseMessage()
                    .to("direct:api-retrain-start")
                .get("/{id}").id("retrain-run-http").description("A training run's state and progress")
                    .param().name("id").type(path).required(true).endParam()
                    .param().name("Authorization").type(header).required(true).endParam()
                    .outType(RetrainRun.class)
                    .to("direct:api-retrain-run");

        from("direct:api-retrain-start").routeId("api-retrain-start")
                .routeConfigurationId(ApiErrorHandling.ID)
                .process(access::requireAdmin)
                .bean(jobs, "start")
                .wireTap("direct:api-retrain-execute")
                .process(ApiJson::reply)
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(202));

        // Off the request thread (the wire tap's), through the one route every training takes, which records how
        // it ended in the run's row; an unexpected error is logged here.
        from("direct:api-retrain-execute").routeId("api-retrain-execute")
                .doTry()
                    .bean(jobs, "entry")
                    .to("direct:retrain")
                .doCatch(RuntimeException.class)
                    .log(LoggingLevel.ERROR, "training run failed: ${exception.stacktrace}")
                .end();

        from("direct:api-retrain-run").routeId("api-retrain-run")
                .routeConfigurationId(ApiErrorHandling.ID)
                .process(access::requireAdmin)
                .bean(jobs, "find")
                .process(ApiJson::reply);
    }
}
