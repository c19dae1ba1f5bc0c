package io.ctxrec.routes.family;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ctxrec.adapters.dl4j.ModelArchitectures;
import io.ctxrec.adapters.dl4j.TrainingHistory;
import io.ctxrec.adapters.family.BuiltInFamilies;
import io.ctxrec.adapters.family.ItemPopFamily;
import io.ctxrec.adapters.jdbc.Database;
import io.ctxrec.adapters.jdbc.JdbcAdapters;
import io.ctxrec.adapters.jdbc.TestDatabase;
import io.ctxrec.app.ServiceGraphFixture;
import io.ctxrec.domain.family.ModelFamilies;
import io.ctxrec.domain.model.Action;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.routes.RetrainRoutes;
import io.ctxrec.routes.StatusRoutes;
import io.ctxrec.routes.api.ApiJson;
import io.ctxrec.routes.api.NoHttpEngine;
import io.ctxrec.routes.diagram.DiagramRoutes;
import io.ctxrec.routes.web.WebRoutes;
import io.ctxrec.training.data.DemoData;
import io.ctxrec.training.data.GeneratorSettings;
import io.ctxrec.training.pipeline.ModelTrainer;
import io.ctxrec.training.pipeline.ProgressLog;
import io.ctxrec.training.pipeline.ShopSources;
import io.ctxrec.training.pipeline.TrainedModel;
import io.ctxrec.training.pipeline.TrainingOutcome;
import io.ctxrec.training.pipeline.TrainingPipeline;
import io.ctxrec.training.pipeline.TrainingRequest;
import io.ctxrec.training.pipeline.VersionIds;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ItemPop is a built-in family that serves: when the trained models rank worse than popularity offline, a user
 * without purchases gets ItemPop's list. The models here score every item alike (all weights 0, no blend), so
 * their offline MAP@10 is 0 and ItemPop's is not. The service's real beans and routes over in-memory H2.
 */
class PopularityFloorTest extends CamelTestSupport {
    private static final ModelFamilies FAMILIES = BuiltInFamilies.all();

    @TempDir
    Path dataDir;

    private Database database;
    private JdbcAdapters jdbc;
    private ServiceGraphFixture service;
    private TrainingOutcome trained;

    @Override
    protected void bindToRegistry(Registry registry) {
        database = Database.open(TestDatabase.h2().settings());
        jdbc = JdbcAdapters.of(database);
        new DemoData().generate(GeneratorSettings.small().withSize(30, 40, 1_200), jdbc.shopDataLoader());
        TrainingRequest worseThanPopularity = TrainingRequest.defaults().withModels(ModelName.BMF, ModelName.NEUMF)
                .withEpochs(1).withPopularityBlend(false);
        trained = new TrainingPipeline(new ShopSources(jdbc.interactionHistory(), jdbc.productCatalog(),
                jdbc.ratings()), jdbc.modelVersions(), jdbc.encoderStore(), dataDir, scoresAllAlike(), FAMILIES,
                VersionIds.systemClock(), ProgressLog.logOnly()).run(worseThanPopularity);
        service = ServiceGraphFixture.over(jdbc, database.dataSource(), dataDir).families(FAMILIES)
                .set("ctxrec.models.poll-seconds", "0").set("ctxrec.recommend.shop-refresh-seconds", "0")
                .clock(Clock.systemUTC()).training(() -> worseThanPopularity);
        service.bindTo(registry);
        registry.bind("platform-http-engine", new NoHttpEngine());
    }

    /** The API and the recommendation side of the service's graph. */
    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return service.routesExcept(DiagramRoutes.class, WebRoutes.class, StatusRoutes.class, RetrainRoutes.class)
                .toArray(RoutesBuilder[]::new);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void aUserWithoutPurchasesGetsItemPopsListWhenEveryModelIsBelowItOffline() throws Exception {
        assertThat(trained.activated()).as(trained.reason()).isTrue();
        String user = aUserOfTheTrainingWithoutPurchases();

        JsonNode list = json(call("direct:api-recommendations-list", Map.of("userId", user, "limit", "5")));

        assertThat(context.getRoute("score-itempop")).isNotNull();
        assertThat(list.get("source").asText()).isEqualTo("model");
        assertThat(list.get("model").asText()).isEqualTo("ItemPop");
        assertThat(list.get("items").get(0).get("reason").asText()).isEqualTo("model");
    }

    @Test
    void itemPopIsARegisteredFamilyWithItsOfflineMetrics() throws Exception {
        JsonNode report = json(call("direct:api-models-report", Map.of()));

        List<String> names = new ArrayList<>();
        report.get("families").forEach(f -> names.add(f.get("name").asText()));
        assertThat(names).containsExactly("ENCM", "LNCM", "NeuMF", "BMF", "ItemPop", "Ensemble");
        JsonNode itemPop = report.get("models").get(2);
        assertThat(itemPop.get("model").asText()).isEqualTo(ItemPopFamily.NAME.displayName());
        assertThat(itemPop.get("metrics").get("map").asDouble())
                .isGreaterThan(report.get("models").get(0).get("metrics").get("map").asDouble());
    }

    // Known to the models (trained on their events), then their purchases are gone: nothing to measure against.
    private String aUserOfTheTrainingWithoutPurchases() throws Exception {
        String user = jdbc.userDirectory().search(null, 0, 1000).items().stream().map(u -> u.id())
                .filter(u -> jdbc.interactionHistory().forUser(u).size() >= 5).sorted().findFirst().orElseThrow();
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM interactions WHERE user_id = ? AND action = ?")) {
            delete.setString(1, user);
            delete.setString(2, Action.PURCHASE.name().toLowerCase(Locale.ROOT));
            delete.executeUpdate();
        }
        return user;
    }

    private static ModelTrainer scoresAllAlike() {
        return (model, config, data, listener, check) -> {
            ComputationGraph graph = ModelArchitectures.build(model, config);
            graph.params().assign(0);
            return new TrainedModel(model, graph, config, new TrainingHistory(List.of()), Duration.ZERO);
        };
    }

    private Exchange call(String endpoint, Map<String, Object> headers) {
        return template.request(endpoint, e -> e.getIn().setHeaders(new HashMap<>(headers)));
    }

    private static JsonNode json(Exchange reply) throws Exception {
        assertThat(reply.getException()).isNull();
        return ApiJson.mapper().readTree(reply.getMessage().getBody(String.class));
    }
}
