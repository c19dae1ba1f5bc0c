package io.ctxrec.routes.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.ctxrec.adapters.jdbc.Database;
import io.ctxrec.adapters.jdbc.JdbcAdapters;
import io.ctxrec.adapters.jdbc.TestDatabase;
import io.ctxrec.app.ServiceGraphFixture;
import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.model.User;
import io.ctxrec.domain.port.ShopData;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.routes.recommend.RecommendationRoutes;
import io.ctxrec.routes.scoring.ScoringRoutes;
import io.ctxrec.training.data.GeneratorSettings;
import io.ctxrec.training.data.ShopGenerator;
import io.ctxrec.training.pipeline.TrainingRequest;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The service's graph over real HTTP on a free port, against a real database (the same scenario for H2 and
 * MariaDB), with stand-ins for the recommendation routes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiOverHttpScenario {
    static final String TOKEN = "test-admin-token";
    private static final TrainingRequest ONE_EPOCH_BMF = TrainingRequest.defaults().withModels(ModelName.BMF)
            .withEpochs(1).withBatchSize(256).withEmbeddingDim(4);

    private final HttpClient http = HttpClient.newHttpClient();
    private TestDatabase testDatabase;
    private Database database;
    private Main main;
    private Path dataDir;
    private String base;
    private ShopData shop;

    abstract TestDatabase newDatabase();

    @BeforeAll
    void startService() throws Exception {
        testDatabase = newDatabase();
        database = Database.open(testDatabase.settings());
        JdbcAdapters jdbc = JdbcAdapters.of(database);
        shop = new ShopGenerator().generate(GeneratorSettings.small().withSize(30, 40, 1_200));
        jdbc.shopDataLoader().load(shop);
        dataDir = Files.createTempDirectory("ctxrec-api");
        int port = freePort();
        main = new Main();
        ServiceGraphFixture service = ServiceGraphFixture.over(jdbc, database.dataSource(), dataDir)
                .set("ctxrec.admin.token", TOKEN).clock(Clock.systemUTC()).training(() -> ONE_EPOCH_BMF);
        Properties props = new Properties();
        props.putAll(service.config().asMap());
        props.setProperty("camel.server.enabled", "true");
        props.setProperty("camel.server.port", String.valueOf(port));
        props.setProperty("camel.server.host", "127.0.0.1");
        props.setProperty("ctxrec.training.on-start", "false");
        main.setInitialProperties(props);
        service.addTo(main, RecommendationRoutes.class, ScoringRoutes.class);
        main.configure().addRoutesBuilder(new StubRecommendationRoutes());
        main.start();
        base = "http://127.0.0.1:" + port;
    }

    @AfterAll
    void stopService() throws Exception {
        if (main != null) {
            main.stop();
        }
        if (database != null) {
            database.close();
        }
        if (testDatabase != null) {
            testDatabase.drop();
        }
    }

    @Test
    void listTranslatesQueryParametersAndTheUserAgentIntoARecommendationQuery() throws Exception {
        User user = shop.users().get(0);
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/recommendations/list?userId=" + user.id()
                + "&limit=5&at=2024-05-01T18:30:00Z")).header("User-Agent", "Mozilla/5.0 (iPhone; Mobile)").GET());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/json"));
        JsonNode body = json(r);
        assertThat(body.get("userId").asText()).isEqualTo(user.id());
        assertThat(body.get("context").get("limit").asText()).isEqualTo("5");
        assertThat(body.get("context").get("deviceType").asText()).isEqualTo("mobile");
        assertThat(body.get("generatedAt").asText()).isEqualTo("2024-05-01T18:30:00Z");
    }

    @Test
    void interactionIsStoredAndAnsweredWith201() throws Exception {
        User user = shop.users().get(1);
        Product product = shop.products().get(2);
        String body = "{\"userId\":\"" + user.id() + "\",\"productId\":\"" + product.id()
                + "\",\"action\":\"cart\",\"deviceType\":\"tablet\",\"timestamp\":\"2024-05-01T10:00:00Z\"}";
        HttpResponse<String> r = send(post("/api/interactions", body));

        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(json(r).get("action").asText()).isEqualTo("cart");
        assertThat(json(r).get("timestamp").asText()).isEqualTo("2024-05-01T10:00:00Z");
    }

    @Test
    void unknownProductIs404AndMalformedJsonIs400AsJson() throws Exception {
        User user = shop.users().get(1);
        HttpResponse<String> unknown = send(post("/api/interactions", "{\"userId\":\"" + user.id()
                + "\",\"productId\":\"no-such-product\",\"action\":\"view\"}"));
        HttpResponse<String> malformed = send(post("/api/ratings", "{\"userId\": "));

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("error").get("message").asText()).contains("no-such-product");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).get("error").get("code").asText()).isEqualTo("bad-request");
    }

    @Test
    void productsArePagedWithTheirTotal() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/products?offset=35&limit=10")).GET());

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode page = json(r);
        assertThat(page.get("total").asLong()).isEqualTo(40);
        assertThat(page.get("items")).hasSize(5);
        assertThat(page.get("offset").asInt()).isEqualTo(35);
    }

    @Test
    void openApiDocumentListsEveryApiPath() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/openapi.json")).GET());

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode paths = json(r).get("paths");
        List<String> names = iterate(paths.fieldNames());
        assertThat(names).contains("/api/recommendations/list", "/api/recommendations/init", "/api/recommendations",
                "/api/interactions", "/api/ratings", "/api/products", "/api/users", "/api/models",
                "/api/admin/retrain", "/api/admin/retrain/{id}");
        assertThat(paths.get("/api/recommendations").has("delete")).isTrue();
        assertThat(paths.get("/api/recommendations/init").has("post")).isTrue();
    }

    @Test
    void healthIsUpWithTheDatabaseAndSaysWhetherModelsAreLoaded() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/health")).GET());

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode health = json(r);
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.get("checks").get("database").get("status").asText()).isEqualTo("UP");
        assertThat(health.get("checks").get("models-loaded").get("status").asText()).isEqualTo("UP");
    }

    @Test
    void metricsAreInPrometheusTextWithPerRouteTimers() throws Exception {
        send(HttpRequest.newBuilder(uri("/api/users?limit=1")).GET());
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/metrics")).GET());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("ctxrec_cache_hits_total").contains("routeId=\"api-users-page\"");
    }

    @Test
    void unknownPathAndWrongMethodAnswerJson() throws Exception {
        HttpResponse<String> missing = send(HttpRequest.newBuilder(uri("/api/nothing-here")).GET());
        HttpResponse<String> wrongMethod = send(HttpRequest.newBuilder(uri("/api/models"))
                .PUT(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("error").get("code").asText()).isEqualTo("not-found");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(json(wrongMethod).get("error").get("code").asText()).isEqualTo("method-not-allowed");
    }

    @Test
    void aJsonEndpointSentTextAnswers415NamingTheContentType() throws Exception {
        HttpResponse<String> text = send(HttpRequest.newBuilder(uri("/api/interactions"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("userId=u1")));

        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(json(text).get("error").get("code").asText()).isEqualTo("unsupported-media-type");
        assertThat(json(text).get("error").get("message").asText()).contains("application/json").contains("'text/plain'");
    }

    @Test
    void adminRetrainNeedsTheTokenThenTrainsAndActivatesAVersionShownByModels() throws Exception {
        HttpResponse<String> noToken = send(post("/api/admin/retrain", ""));
        assertThat(noToken.statusCode()).isEqualTo(401);

        HttpResponse<String> started = send(post("/api/admin/retrain", "").header("Authorization", "Bearer " + TOKEN));
        assertThat(started.statusCode()).isEqualTo(202);
        String id = json(started).get("id").asText();

        await().atMost(Duration.ofSeconds(90)).until(() -> !state(id).equals("QUEUED") && !state(id).equals("RUNNING"));
        assertThat(state(id)).isEqualTo("FINISHED");
        JsonNode models = json(send(HttpRequest.newBuilder(uri("/api/models")).GET()));
        String active = models.get("activeVersion").asText();
        assertThat(runOf(id).get("result").asText()).contains(active).contains("ACTIVE");
        assertThat(iterate(models.get("models").elements()).stream().map(m -> m.get("model").asText()))
                .containsExactly("BMF", "ItemPop");
        JsonNode bmf = models.get("models").get(0);
        assertThat(bmf.get("lossCurve")).hasSize(1);
        assertThat(bmf.get("bestEpoch").asInt()).isEqualTo(1);
        assertThat(bmf.get("validationCurve")).hasSize(1);
        assertThat(models.get("models").get(1).get("bestEpoch").isNull()).isTrue();
        assertThat(models.get("models").get(1).get("validationCurve")).isEmpty();
        assertThat(models.get("runs").get(0).get("version").asText()).isEqualTo(active);
    }

    private String state(String id) throws Exception {
        return runOf(id).get("state").asText();
    }

    private JsonNode runOf(String id) throws Exception {
        return json(send(HttpRequest.newBuilder(uri("/api/admin/retrain/" + id)).header("Authorization", "Bearer " + TOKEN)
                .GET()));
    }

    private HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        return ApiJson.mapper().readTree(r.body());
    }

    private static <T> List<T> iterate(java.util.Iterator<T> it) {
        List<T> list = new java.util.ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
