package io.ctxrec.routes.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ctxrec.adapters.jdbc.Database;
import io.ctxrec.adapters.jdbc.JdbcAdapters;
import io.ctxrec.adapters.jdbc.TestDatabase;
import io.ctxrec.app.ServiceGraphFixture;
import io.ctxrec.domain.model.User;
import io.ctxrec.domain.port.ShopData;
import io.ctxrec.domain.testdata.ProductBuilder;
import io.ctxrec.routes.recommend.RecommendationRoutes;
import io.ctxrec.routes.scoring.ScoringRoutes;
import io.ctxrec.training.pipeline.TrainingRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API routes of the service's graph driven through their direct: endpoints (no HTTP), on in-memory H2 with
 * users alice, alan and bob and products p1 and p2, with stand-ins for the recommendation routes; the clock is
 * fixed at {@link ServiceGraphFixture#NOW} unless {@link #configure} sets another. A background training waits
 * until the test ends, then fails (no real training here).
 */
abstract class ApiRouteTestSupport extends CamelTestSupport {
    static final String TOKEN = "route-test-token";

    @TempDir
    Path dataDir;

    final CountDownLatch trainingMayGoOn = new CountDownLatch(1);
    JdbcAdapters jdbc;
    private Database database;
    private List<RoutesBuilder> routes;

    /** The graph's settings beyond the admin token (auth mode, keys, clock). */
    ServiceGraphFixture configure(ServiceGraphFixture service) {
        return service;
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        database = Database.open(TestDatabase.h2().settings());
        jdbc = JdbcAdapters.of(database);
        jdbc.shopDataLoader().load(new ShopData(List.of(new User("alice", "Alice"), new User("alan", null),
                new User("bob", null)), List.of(ProductBuilder.aProduct("p1").build(), ProductBuilder.aProduct("p2")
                .inCategory("shoes").build()), List.of(), List.of()));
        ServiceGraphFixture service = configure(ServiceGraphFixture.over(jdbc, database.dataSource(), dataDir)
                .set("ctxrec.admin.token", TOKEN).training(this::heldTrainingRequest));
        service.bindTo(registry);
        registry.bind("platform-http-engine", new NoHttpEngine());
        routes = new ArrayList<>(service.routesExcept(RecommendationRoutes.class, ScoringRoutes.class));
        routes.add(new StubRecommendationRoutes());
    }

    private TrainingRequest heldTrainingRequest() {
        try {
            trainingMayGoOn.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("test: no training");
    }

    /** The service's routes, with stand-ins for the recommendation side. */
    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return routes.toArray(RoutesBuilder[]::new);
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties p = new Properties();
        p.setProperty("ctxrec.training.cron", "0 0 3 * * ?");
        p.setProperty("ctxrec.training.on-start", "false");
        return p;
    }

    @AfterEach
    void closeDatabase() {
        trainingMayGoOn.countDown();
        database.close();
    }

    /** The reply to a request, its body the text a client reads (a JSON route replies with a byte buffer). */
    Exchange call(String endpoint, String body, Map<String, Object> headers) {
        Exchange reply = template.request(endpoint, e -> {
            e.getIn().setBody(body);
            e.getIn().setHeaders(new HashMap<>(headers));
        });
        if (reply.getMessage().getBody() instanceof ByteBuffer bytes) {
            reply.getMessage().setBody(StandardCharsets.UTF_8.decode(bytes).toString());
        }
        return reply;
    }

    static Map<String, Object> jsonType() {
        return Map.of("Content-Type", "application/json");
    }

    static Map<String, Object> admin() {
        return Map.of("Authorization", "Bearer " + TOKEN);
    }

    static int status(Exchange reply) {
        Integer code = reply.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        return code == null ? 200 : code;
    }

    static JsonNode json(Exchange reply) throws Exception {
        return ApiJson.mapper().readTree(reply.getMessage().getBody(String.class));
    }

    static void assertError(Exchange reply, int status, String code, String messagePart) throws Exception {
        assertThat(reply.getException()).isNull();
        assertThat(status(reply)).isEqualTo(status);
        JsonNode error = json(reply).get("error");
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("message").asText()).contains(messagePart);
    }
}
