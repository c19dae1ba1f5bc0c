package io.ctxrec.routes.api;

import org.apache.camel.builder.RouteBuilder;

/** {@code GET /api/models}: versions, offline metrics, loss curves and training progress. */
public class ModelApiRoutes extends RouteBuilder {
    private final ModelsReport report;

    public ModelApiRoutes(ModelsReport report) {
        this.report = report;
    }

    @Override
    public void configure() {
        rest("/api/models").description("The models and their training")
                .get().id("models-report-http").description("Active version, metrics, loss curves, recent runs, progress")
                    .outType(ModelsReport.Report.class)
                    .to("direct:api-models-report");

        from("direct:api-models-report").routeId("api-models-report")
                .routeConfigurationId(ApiErrorHandling.ID)
                .process(e -> e.getMessage().setBody(report.report()))
                .process(ApiJson::reply);
    }
}
