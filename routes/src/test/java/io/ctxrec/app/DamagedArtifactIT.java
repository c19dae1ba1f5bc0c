package io.ctxrec.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14's damaged artifact as it happens to an operator: {@code serve} as its own process on the embedded
 * database trains two versions, stops, a model file of the active version is truncated on disk, and it
 * starts again. The damaged model drops out and the other serves, {@code /health} says DEGRADED and why,
 * {@code /metrics} counts it; with the active version unable to serve at all (its other model and its
 * encoders damaged too), the older intact version serves instead of the fallback.
 */
class DamagedArtifactIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "damaged-artifact-token";
    private static final String LIST = "/api/recommendations/list?userId=u00005&limit=5";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path dataDir;

    @Test
    void aTruncatedModelDropsOutAlone_andAVersionThatCannotServeGivesWayToTheOlderOne() throws Exception {
        Map<String, String> env = Map.of("CTXREC_DATA_DIR", dataDir.toString(), "CTXREC_ADMIN_TOKEN", TOKEN,
                "CTXREC_TRAINING_MODELS", "BMF,NeuMF", "CTXREC_TRAINING_EPOCHS", "1",
                "CTXREC_TRAINING_VALIDATION_USERS", "0", "CTXREC_TRAINING_BATCH_SIZE", "1024");
        String older;
        String active;
        try (ServeProcess first = ServeProcess.start("damaged-artifact-1", 0, env)) {
            awaitReady(first);
            retrain(first);
            older = models(first).get("activeVersion").asText();
            retrain(first);
            active = models(first).get("activeVersion").asText();
            assertThat(first.terminate(Duration.ofSeconds(60))).as("stops on SIGTERM").isNotNull();
        }
        assertThat(active).isNotEqualTo(older);
        Path folder = dataDir.resolve("versions").resolve(active);

        truncate(folder.resolve("NeuMF_model.zip"));
        try (ServeProcess second = ServeProcess.start("damaged-artifact-2", 0, env)) {
            awaitServing(second);
            JsonNode health = JSON.readTree(get(second, "/health").body());
            assertThat(health.get("status").asText()).as(health.toString()).isEqualTo("DEGRADED");
            assertThat(health.at("/checks/models-loaded/message").asText()).contains(active).contains("NeuMF_model.zip");
            String metrics = get(second, "/metrics").body();
            assertThat(metrics).containsPattern("(?m)^ctxrec_artifacts_damaged(\\{[^}]*\\})? 1(\\.0)?$")
                    .containsPattern("(?m)^ctxrec_models_dropped(\\{[^}]*\\})? 1(\\.0)?$")
                    .containsPattern("(?m)^ctxrec_active_version_unservable(\\{[^}]*\\})? 0(\\.0)?$");
            JsonNode list = JSON.readTree(get(second, LIST).body());
            assertThat(list.get("source").asText()).as(list.toString()).isEqualTo("model");
            assertThat(list.get("modelVersion").asText()).isEqualTo(active);
            assertThat(second.terminate(Duration.ofSeconds(60))).isNotNull();
        }

        // With its encoders damaged too nothing of the version can serve (ItemPop alone would, with BMF gone).
        truncate(folder.resolve("BMF_model.zip"));
        truncate(folder.resolve("encoders.json"));
        try (ServeProcess third = ServeProcess.start("damaged-artifact-3", 0, env)) {
            awaitServing(third);
            JsonNode health = JSON.readTree(get(third, "/health").body());
            assertThat(health.get("status").asText()).as(health.toString()).isEqualTo("DEGRADED");
            assertThat(health.at("/checks/models-loaded/message").asText())
                    .contains("active version " + active + " cannot serve").contains("version " + older + " serves instead");
            assertThat(get(third, "/metrics").body())
                    .containsPattern("(?m)^ctxrec_active_version_unservable(\\{[^}]*\\})? 1(\\.0)?$");
            JsonNode list = JSON.readTree(get(third, LIST).body());
            assertThat(list.get("source").asText()).as(list.toString()).isEqualTo("model");
            assertThat(list.get("modelVersion").asText()).isEqualTo(older);
            assertThat(third.terminate(Duration.ofSeconds(60))).isNotNull();
        }
    }

    private static void truncate(Path file) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            assertThat(f.length()).as(file + "'s size").isGreaterThan(100);
            f.setLength(f.length() / 2);
        }
    }

    private void awaitReady(ServeProcess serve) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> {
                    assertThat(serve.isAlive()).as("serve is running").isTrue();
                    return get(serve, "/health/ready").statusCode() == 200;
                });
    }

    /** Ready, and a version loaded (at start the poller loads the active one, or the one that serves instead). */
    private void awaitServing(ServeProcess serve) {
        awaitReady(serve);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> JSON.readTree(get(serve, "/health").body()).at("/checks/models-loaded/loaded").asBoolean());
    }

    private void retrain(ServeProcess serve) throws Exception {
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(serve.base() + "/api/admin/retrain"))
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String run = JSON.readTree(started.body()).get("id").asText();
        JsonNode done = await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500))
                .until(() -> JSON.readTree(http.send(HttpRequest.newBuilder(
                                URI.create(serve.base() + "/api/admin/retrain/" + run))
                        .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString()).body()),
                        r -> !r.get("state").asText().matches("QUEUED|RUNNING"));
        assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("FINISHED");
        assertThat(done.get("result").asText()).contains("ACTIVE");
    }

    private JsonNode models(ServeProcess serve) throws Exception {
        return JSON.readTree(get(serve, "/api/models").body());
    }

    private HttpResponse<String> get(ServeProcess serve, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(serve.base() + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
