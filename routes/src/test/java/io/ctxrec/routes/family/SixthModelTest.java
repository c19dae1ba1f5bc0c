package io.ctxrec.routes.family;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ctxrec.adapters.artifacts.FileModelArtifacts;
import io.ctxrec.adapters.config.CtxrecConfig;
import io.ctxrec.adapters.family.BuiltInFamilies;
import io.ctxrec.adapters.family.ItemPopFamily;
import io.ctxrec.adapters.jdbc.Database;
import io.ctxrec.adapters.jdbc.JdbcAdapters;
import io.ctxrec.adapters.jdbc.TestDatabase;
import io.ctxrec.app.ServiceGraphFixture;
import io.ctxrec.domain.family.ModelFamilies;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.routes.RetrainRoutes;
import io.ctxrec.routes.StatusRoutes;
import io.ctxrec.routes.api.ApiJson;
import io.ctxrec.routes.api.NoHttpEngine;
import io.ctxrec.routes.recommend.RecommendationSettings;
import io.ctxrec.routes.diagram.DiagramRoutes;
import io.ctxrec.routes.scoring.ServingVersions;
import io.ctxrec.routes.web.WebRoutes;
import io.ctxrec.training.data.DemoData;
import io.ctxrec.training.data.GeneratorSettings;
import io.ctxrec.training.pipeline.Dl4jModelTrainer;
import io.ctxrec.training.pipeline.ModelResult;
import io.ctxrec.training.pipeline.ProgressLog;
import io.ctxrec.training.pipeline.ShopSources;
import io.ctxrec.training.pipeline.TrainingOutcome;
import io.ctxrec.training.pipeline.TrainingPipeline;
import io.ctxrec.training.pipeline.TrainingRequest;
import io.ctxrec.training.pipeline.VersionIds;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sixth model family registered in one line ({@link PopularityFamily}) is trained by the pipeline, scored
 * by its own route of the multicast, selected by the policy, and shown by the API, with nothing else told
 * about it: the service's real beans and routes over in-memory H2.
 */
class SixthModelTest extends CamelTestSupport {
    private static final ModelFamilies FAMILIES = BuiltInFamilies.all().with(new PopularityFamily());

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
        TrainingRequest popularityOnly = TrainingRequest.defaults().withModels(PopularityFamily.NAME);
        trained = new TrainingPipeline(new ShopSources(jdbc.interactionHistory(), jdbc.productCatalog(),
                jdbc.ratings()), jdbc.modelVersions(), jdbc.encoderStore(), dataDir, new Dl4jModelTrainer(), FAMILIES,
                VersionIds.systemClock(), ProgressLog.logOnly()).run(popularityOnly);
        service = ServiceGraphFixture.over(jdbc, database.dataSource(), dataDir).families(FAMILIES)
                .set("ctxrec.models.poll-seconds", "0").set("ctxrec.recommend.shop-refresh-seconds", "0")
                .clock(Clock.systemUTC()).training(() -> popularityOnly);
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
    void isTrainedEvaluatedSavedAndActivatedLikeAnyModel() {
        assertThat(trained.activated()).as(trained.reason()).isTrue();
        assertThat(trained.results()).extracting(ModelResult::model).containsExactly("Popularity", ModelResult.ITEM_POP);
        assertThat(trained.results().get(0).sampled().hitRate().orElse(0)).isGreaterThan(0);
        assertThat(ServingVersions.from(new FileModelArtifacts(dataDir, FAMILIES)).apply(trained.version()).models())
                .containsOnlyKeys(PopularityFamily.NAME, ItemPopFamily.NAME);
    }

    @Test
    void isScoredByItsOwnRouteAndSelectedForAListRequest() throws Exception {
        JsonNode list = json(call("direct:api-recommendations-list", Map.of("userId", aUserOfTheTraining(),
                "limit", "5")));

        assertThat(context.getRoute("score-popularity")).isNotNull();
        assertThat(list.get("source").asText()).isEqualTo("model");
        assertThat(list.get("model").asText()).isEqualTo("Popularity");
        assertThat(list.get("modelVersion").asText()).isEqualTo(trained.version());
        assertThat(list.get("metrics").has("Popularity")).isTrue();
        assertThat(list.get("items").get(0).get("reason").asText()).isEqualTo("model");
    }

    @Test
    void isShownWithItsColourAfterTheBuiltInFamiliesAndWithItsMetrics() throws Exception {
        JsonNode report = json(call("direct:api-models-report", Map.of()));

        List<String> names = StreamSupport.stream(report.get("families").spliterator(), false)
                .map(f -> f.get("name").asText()).toList();
        assertThat(names).containsExactly("ENCM", "LNCM", "NeuMF", "BMF", "ItemPop", "Ensemble", "Popularity");
        assertThat(report.get("families").get(6).get("colour").asText()).isEqualTo(PopularityFamily.COLOUR);
        assertThat(report.get("families").get(0).get("colour").asText()).isEqualTo("#c0392b");
        JsonNode row = report.get("models").get(0);
        assertThat(row.get("model").asText()).isEqualTo("Popularity");
        assertThat(row.get("metrics").has("map")).isTrue();
    }

    @Test
    void itsFamilysFallbackWeightsApplyWhereTheConfigurationHasNone() {
        CtxrecConfig config = service.config();
        RecommendationSettings settings = RecommendationSettings.fromConfig(config, FAMILIES);

        assertThat(settings.fallbackWeights().forModel("Popularity")).isEqualTo(PopularityFamily.WEIGHTS);
        assertThat(settings.fallbackWeights().forModel(ModelName.BMF))
                .isEqualTo(RecommendationSettings.fallbackWeights(config, BuiltInFamilies.all()).forModel(ModelName.BMF));
    }

    private String aUserOfTheTraining() {
        return jdbc.userDirectory().search(null, 0, 1000).items().stream().map(u -> u.id())
                .filter(u -> jdbc.interactionHistory().forUser(u).size() >= 5).sorted().findFirst().orElseThrow();
    }

    private Exchange call(String endpoint, Map<String, Object> headers) {
        return template.request(endpoint, e -> e.getIn().setHeaders(new HashMap<>(headers)));
    }

    private static JsonNode json(Exchange reply) throws Exception {
        assertThat(reply.getException()).isNull();
        return ApiJson.mapper().readTree(reply.getMessage().getBody(String.class));
    }
}
