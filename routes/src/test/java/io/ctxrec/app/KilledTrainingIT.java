package io.ctxrec.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} killed with SIGKILL (no hook runs) in the middle of a training, on MariaDB, as its own
 * process: after a restart the version that was active still is and serves, the killed run is FAILED
 * (its half-written folder gone), and the next retrain completes and becomes active.
 */
class KilledTrainingIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARIADB = "jdbc:mysql://127.0.0.1:3306/";
    private static final String TOKEN = "killed-training-token";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path dataDir;

    @Test
    void givenATrainingKilledMidRun_theActiveVersionStillServes_theRunIsFailed_andTheNextRetrainBecomesActive()
            throws Exception {
        String db = "ctxrec_kill_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(MARIADB, "root", ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db + " CHARACTER SET utf8mb4");
        }
        Map<String, String> env = new HashMap<>(Map.of("CTXREC_DB_URL", MARIADB + db, "CTXREC_DB_USER", "root",
                "CTXREC_DB_PASSWORD", "", "CTXREC_DATA_DIR", dataDir.toString(), "CTXREC_ADMIN_TOKEN", TOKEN,
                "CTXREC_TRAINING_MODELS", "BMF", "CTXREC_TRAINING_EPOCHS", "1", "CTXREC_TRAINING_VALIDATION_USERS", "0",
                "CTXREC_TRAINING_BATCH_SIZE", "1024", "CTXREC_SERVING_CHECK_SECONDS", "0"));
        int port = ServeProcess.freePort();
        try {
            String active;
            String killed;
            try (ServeProcess first = ServeProcess.start("killed-training-1", port, env)) {
                awaitReady(first);
                assertThat(retrain(first)).as("the first training").contains("ACTIVE");
                active = models(first).get("activeVersion").asText();

                String run = startRetrain(first);
                killed = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                        .until(() -> runStatus(first, run).at("/progress/version").asText(""), v -> !v.isEmpty());
                first.kill();
                assertThat(first.isAlive()).isFalse();
            }
            assertThat(killed).isNotEqualTo(active);

            try (ServeProcess second = ServeProcess.start("killed-training-2", port, env)) {
                awaitReady(second);
                JsonNode models = models(second);
                assertThat(models.get("activeVersion").asText()).as("the active version after the kill").isEqualTo(active);
                JsonNode killedRun = find(models.get("runs"), killed);
                assertThat(killedRun.get("status").asText()).isEqualTo("FAILED");
                assertThat(killedRun.get("note").asText()).contains("interrupted");
                try (Stream<Path> folders = Files.list(dataDir.resolve("versions"))) {
                    assertThat(folders.map(f -> f.getFileName().toString())).as("version folders")
                            .contains(active).noneMatch(f -> f.startsWith(killed));
                }

                JsonNode list = JSON.readTree(get(second, "/api/recommendations/list?userId=u00005&limit=5").body());
                assertThat(list.get("source").asText()).isEqualTo("model");
                assertThat(list.get("modelVersion").asText()).isEqualTo(active);

                assertThat(retrain(second)).as("the next training").contains("ACTIVE");
                String next = models(second).get("activeVersion").asText();
                assertThat(next).isNotIn(active, killed);
                assertThat(second.terminate(Duration.ofSeconds(30))).as("stops on SIGTERM").isNotNull();
            }
        } finally {
            try (Connection c = DriverManager.getConnection(MARIADB, "root", ""); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE " + db);
            }
        }
    }

    private void awaitReady(ServeProcess serve) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> {
                    assertThat(serve.isAlive()).as("serve is running").isTrue();
                    return get(serve, "/health/ready").statusCode() == 200;
                });
    }

    /** Runs a training through the admin API and waits for it; the run's result line. */
    private String retrain(ServeProcess serve) throws Exception {
        String run = startRetrain(serve);
        JsonNode done = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> runStatus(serve, run), r -> !r.get("state").asText().matches("QUEUED|RUNNING"));
        assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("FINISHED");
        return done.get("result").asText();
    }

    private String startRetrain(ServeProcess serve) throws Exception {
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(serve.base() + "/api/admin/retrain"))
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        return JSON.readTree(started.body()).get("id").asText();
    }

    private JsonNode runStatus(ServeProcess serve, String run) throws Exception {
        return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(serve.base() + "/api/admin/retrain/" + run))
                .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private JsonNode models(ServeProcess serve) throws Exception {
        return JSON.readTree(get(serve, "/api/models").body());
    }

    private static JsonNode find(JsonNode runs, String version) {
        for (JsonNode run : runs) {
            if (run.get("version").asText().equals(version)) {
                return run;
            }
        }
        throw new AssertionError("no run " + version + " in " + runs);
    }

    private HttpResponse<String> get(ServeProcess serve, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(serve.base() + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
