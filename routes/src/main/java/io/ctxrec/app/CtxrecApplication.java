package io.ctxrec.app;

import io.ctxrec.adapters.config.CtxrecConfig;
import io.ctxrec.adapters.jdbc.JdbcAdapters;
import io.ctxrec.domain.family.ModelFamilies;
import io.ctxrec.routes.Retrainer;
import io.ctxrec.routes.RetrainRoutes;
import io.ctxrec.routes.ShopStatus;
import io.ctxrec.routes.StatusRoutes;
import io.ctxrec.routes.api.ApiWiring;
import io.ctxrec.routes.diagram.DiagramWiring;
import io.ctxrec.routes.web.WebWiring;
import io.ctxrec.routes.recommend.RecommendationBeans;
import io.ctxrec.routes.recommend.RecommendationWiring;
import io.ctxrec.training.pipeline.ProgressLog;
import io.ctxrec.training.pipeline.TrainingRunner;
import java.util.Properties;
import org.apache.camel.main.Main;

/**
 * Wires the Camel Main application: the resolved configuration becomes Camel's initial properties
 * (so routes read {@code {{ctxrec.*}}} placeholders), the adapters are bound to the registry, and
 * the routes are added one builder per concern.
 */
final class CtxrecApplication {
    private CtxrecApplication() {
    }

    static Main create(CtxrecConfig config, Infrastructure infra) {
        Main main = new Main();
        Properties props = new Properties();
        props.putAll(config.asMap());
        props.setProperty("camel.main.name", "ctxrec");
        props.setProperty("camel.server.enabled", "true");
        props.setProperty("camel.server.port", config.get("ctxrec.http.port"));
        props.setProperty("camel.server.host", config.get("ctxrec.http.host"));
        main.setInitialProperties(props);

        JdbcAdapters jdbc = infra.jdbc();
        ModelFamilies families = Infrastructure.families();
        Retrainer retrainer = new Retrainer(new TrainingRunner(infra.trainingPipeline(ProgressLog.logOnly())),
                () -> TrainingRequests.fromConfig(config, families), jdbc.modelVersions());
        RecommendationBeans recommend = RecommendationWiring.bind(main, jdbc, infra.dataSource(), config, families);
        ApiWiring api = ApiWiring.bind(main, jdbc, recommend.reads().interactionHistory(), infra.dataSource(), config,
                retrainer, recommend.servingModels()::loadedVersion, families);
        DiagramWiring.bind(main);
        WebWiring.bind(main);
        main.configure().addRoutesBuilder(new StatusRoutes(new ShopStatus(jdbc.userDirectory(), jdbc.productCatalog(),
                jdbc.interactionHistory())));
        main.configure().addRoutesBuilder(new RetrainRoutes(retrainer, api.metrics()::trainingRun));
        return main;
    }
}
