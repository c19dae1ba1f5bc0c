package io.ctxrec.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctxrec.routes.api.AvailabilityGate;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** {@code bench serve}'s requests to the service under test: list, init, and the admin retrain. */
final class ServeClient {
    static final String LIST_PATH = "/api/recommendations/list?limit=10&userId=";
    static final String INIT_PATH = "/api/recommendations/init";
    /** Liveness, answered by Vert.x itself on its event loop: no Camel route, no worker thread, no model. */
    static final String LIVE_PATH = AvailabilityGate.LIVE;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String adminToken;

    ServeClient(URI base, String adminToken) {
        this.base = base;
        this.adminToken = adminToken;
    }

    HttpClient http() {
        return http;
    }

    URI base() {
        return base;
    }

    /** Waits until the service answers an init from a model (the first request loads the version: slow). */
    void ready(String user) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            HttpRequest first = HttpRequest.newBuilder(init(user), (k, v) -> true).timeout(Duration.ofMinutes(5)).build();
            HttpResponse<String> r = http.send(first, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200 && r.body().contains("\"source\":\"model\"")) {
                return;
            }
            last = r.statusCode() + " " + r.body();
            Thread.sleep(500);
        }
        throw new IllegalStateException("the service never answered init from a model; last answer: " + last);
    }

    /** Makes each user's list once, so list requests find it fresh in the cache. */
    void prime(List<String> ids) throws Exception {
        for (String id : ids) {
            http.send(list(id), HttpResponse.BodyHandlers.discarding());
        }
    }

    HttpRequest list(String user) {
        return HttpRequest.newBuilder(base.resolve(LIST_PATH
                + URLEncoder.encode(user, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(30)).GET().build();
    }

    HttpRequest live() {
        return HttpRequest.newBuilder(base.resolve(LIVE_PATH)).timeout(Duration.ofSeconds(30)).GET().build();
    }

    HttpRequest init(String user) {
        String body = "{\"userId\":" + quoted(user) + ",\"limit\":10}";
        return HttpRequest.newBuilder(base.resolve(INIT_PATH)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private String quoted(String s) {
        try {
            return json.writeValueAsString(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts a retrain and waits until it runs; its id. */
    String startRetrain() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/admin/retrain"))
                .header("Authorization", "Bearer " + adminToken).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 202) {
            throw new IllegalStateException("cannot start a retrain: " + r.statusCode() + " " + r.body());
        }
        String id = json.readTree(r.body()).path("id").asText();
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!retrainState(id).equals("RUNNING") && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        System.out.println("retrain " + id + " " + retrainState(id));
        return id;
    }

    String retrainState(String id) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/admin/retrain/" + id))
                .header("Authorization", "Bearer " + adminToken).GET().build(), HttpResponse.BodyHandlers.ofString());
        JsonNode run = json.readTree(r.body());
        return run.path("state").asText("?");
    }

}
