package io.ctxrec.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctxrec.adapters.jdbc.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole service as `serve` wires it, over real HTTP, on a real database: a request before any
 * model (fallback), a retrain through the admin API, then model answers, the cache, and a purchase
 * that makes the cache stale.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServiceOverHttpContract {
    private static final String TOKEN = "test-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    // HTTP/1.1, as behind a load balancer: the JDK's default would upgrade to h2c, where no reply is chunked.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private DemoService service;
    private String base;

    abstract TestDatabase newDatabase();

    @BeforeAll
    void startService() throws Exception {
        service = DemoService.start(newDatabase(), TOKEN);
        base = service.base();
    }

    @AfterAll
    void stopService() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void fallbackBeforeTrainingThenModelsThenCacheThenStaleAfterAPurchase() throws Exception {
        JsonNode before = get("/api/recommendations/list?userId=u00007&limit=8&deviceType=tablet");
        assertThat(before.get("source").asText()).isEqualTo("fallback");
        assertThat(before.get("items")).hasSize(8);

        HttpResponse<String> started = send(HttpRequest.newBuilder(URI.create(base + "/api/admin/retrain"))
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String runId = JSON.readTree(started.body()).get("id").asText();
        await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofMillis(500)).until(() ->
                JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "/api/admin/retrain/" + runId))
                        .header("Authorization", "Bearer " + TOKEN).GET()).body()).get("state").asText(),
                state -> state.equals("FINISHED") || state.equals("FAILED"));

        JsonNode computed = post("/api/recommendations/init",
                "{\"userId\":\"u00007\",\"limit\":8,\"deviceType\":\"tablet\"}");
        assertThat(computed.get("source").asText()).isEqualTo("model");
        assertThat(computed.get("model").asText()).isIn("BMF", "NeuMF");
        assertThat(computed.get("metrics").has("BMF")).isTrue();
        assertThat(computed.get("items")).hasSize(8);
        assertThat(computed.get("items").get(0).get("reason").asText()).isEqualTo("model");

        JsonNode cached = get("/api/recommendations/list?userId=u00007&limit=8&deviceType=tablet");
        assertThat(cached.get("source").asText()).isEqualTo("cache");
        assertThat(cached.get("items").get(0).get("id")).isEqualTo(computed.get("items").get(0).get("id"));

        String bought = computed.get("items").get(0).get("id").asText();
        HttpResponse<String> purchase = send(HttpRequest.newBuilder(URI.create(base + "/api/interactions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"u00007\",\"productId\":\"" + bought
                        + "\",\"action\":\"purchase\",\"deviceType\":\"tablet\",\"timestamp\":\""
                        + java.time.Instant.now().plusSeconds(1) + "\"}")));
        assertThat(purchase.statusCode()).as(purchase.body()).isEqualTo(201);

        JsonNode after = get("/api/recommendations/list?userId=u00007&limit=8&deviceType=tablet");
        assertThat(after.get("source").asText()).isEqualTo("model");
        assertThat(after.get("items").findValuesAsText("id")).doesNotContain(bought);

        JsonNode models = get("/api/models");
        assertThat(models.toString()).contains("BMF", "NeuMF");

        // Three list requests: computed (the fallback), cached, computed again; one init.
        String metrics = send(HttpRequest.newBuilder(URI.create(base + "/metrics")).GET()).body();
        assertThat(metrics).contains("ctxrec_cache_hits_total 1.0", "ctxrec_cache_misses_total 2.0")
                .containsPattern("ctxrec_fallback_total\\{reason=\"heuristic\",?} 1\\.0")
                .containsPattern("ctxrec_recommendations_total\\{model=\"" + computed.get("model").asText()
                        + "\",?} [12]\\.0");

        contextsEachGetTheirOwnList();

        // As the README says, init takes its parameters in the query alone: no body, no Content-Type.
        HttpResponse<String> byQuery = send(HttpRequest.newBuilder(
                URI.create(base + "/api/recommendations/init?userId=u00007&limit=3&deviceType=tablet"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(byQuery.statusCode()).as(byQuery.body()).isEqualTo(200);
        assertThat(JSON.readTree(byQuery.body()).get("items")).hasSize(3);
    }

    /**
     * Issue 15's case over HTTP: a list made for a summer evening on a desktop answers only that context; a phone
     * on a winter morning is a miss, computed for (and labelled with) its own context; back in the first context,
     * the stored list answers, labelled with the context it was computed for, and says it was a hit.
     */
    private void contextsEachGetTheirOwnList() throws Exception {
        JsonNode evening = post("/api/recommendations/init",
                "{\"userId\":\"u00002\",\"deviceType\":\"desktop\",\"at\":\"2026-07-01T21:00:00Z\"}");
        assertThat(evening.get("cacheHit").asBoolean()).isFalse();
        assertThat(evening.get("context").get("device_type").asText()).isEqualTo("desktop");
        assertThat(evening.get("context").get("time_of_day").asText()).isEqualTo("evening");
        assertThat(evening.get("context").get("season").asText()).isEqualTo("summer");

        HttpResponse<String> phone = send(HttpRequest.newBuilder(URI.create(base
                + "/api/recommendations/list?userId=u00002&limit=3&at=2026-01-15T08:00:00Z"))
                .header("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148").GET());
        assertThat(phone.statusCode()).as(phone.body()).isEqualTo(200);
        JsonNode morning = JSON.readTree(phone.body());
        assertThat(morning.get("cacheHit").asBoolean()).as("another context is a miss").isFalse();
        assertThat(morning.get("source").asText()).isEqualTo("model");
        assertThat(morning.get("context").get("device_type").asText()).isEqualTo("mobile");
        assertThat(morning.get("context").get("time_of_day").asText()).isEqualTo("morning");
        assertThat(morning.get("context").get("season").asText()).isEqualTo("winter");

        JsonNode again = get("/api/recommendations/list?userId=u00002&limit=3&deviceType=desktop"
                + "&at=2026-07-01T21:40:00Z");
        assertThat(again.get("cacheHit").asBoolean()).as("the context the list was made for is a hit").isTrue();
        assertThat(again.get("source").asText()).isEqualTo("cache");
        assertThat(again.get("context")).isEqualTo(evening.get("context"));
        assertThat(again.get("items").findValuesAsText("id"))
                .isEqualTo(evening.get("items").findValuesAsText("id").subList(0, 3));

        JsonNode phoneAgain = JSON.readTree(send(HttpRequest.newBuilder(URI.create(base
                + "/api/recommendations/list?userId=u00002&limit=3&at=2026-01-15T08:20:00Z"))
                .header("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148").GET())
                .body());
        assertThat(phoneAgain.get("cacheHit").asBoolean()).isTrue();
        assertThat(phoneAgain.get("context")).isEqualTo(morning.get("context"));
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private JsonNode post(String path, String body) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    /**
     * Every JSON answer goes out whole, with its Content-Length: a chunked one ends in a write of its own, and an
     * instance killed before it leaves a load balancer a half-sent answer that it cannot retry (ClusterIT).
     */
    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (r.headers().firstValue("content-type").orElse("").startsWith("application/json")) {
            assertThat(r.headers().firstValue("content-length")).as(r.uri() + " Content-Length").isPresent();
            assertThat(r.headers().firstValue("transfer-encoding")).as(r.uri() + " Transfer-Encoding").isEmpty();
        }
        return r;
    }
}
