package io.ctxrec.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
                "CTXREC_TRAINING_BATCH_SIZE", "1024"));
        int port = ServeProcess.freePort();
        try {
            String active;
            String killed;
            try (ServeProcess first = ServeProcess.start("killed-training-1", port, env)) {
                first.awaitReady();
                assertThat(retrain(first)).as("the first training").contains("ACTIVE");
                active = first.models().get("activeVersion").asText();

                String run = first.startRetrain(TOKEN);
                killed = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                        .until(() -> first.retrainRun(TOKEN, run).at("/progress/version").asText(""), v -> !v.isEmpty());
                first.kill();
                assertThat(first.isAlive()).isFalse();
            }
            assertThat(killed).isNotEqualTo(active);

            try (ServeProcess second = ServeProcess.start("killed-training-2", port, env)) {
                second.awaitReady();
                JsonNode models = second.models();
                assertThat(models.get("activeVersion").asText()).as("the active version after the kill").isEqualTo(active);
                JsonNode killedRun = find(models.get("runs"), killed);
                assertThat(killedRun.get("status").asText()).isEqualTo("FAILED");
                assertThat(killedRun.get("note").asText()).contains("interrupted");
                try (Stream<Path> folders = Files.list(dataDir.resolve("versions"))) {
                    assertThat(folders.map(f -> f.getFileName().toString())).as("version folders")
                            .contains(active).noneMatch(f -> f.startsWith(killed));
                }

                JsonNode list = JSON.readTree(second.get("/api/recommendations/list?userId=u00005&limit=5").body());
                assertThat(list.get("source").asText()).isEqualTo("model");
                assertThat(list.get("modelVersion").asText()).isEqualTo(active);

                assertThat(retrain(second)).as("the next training").contains("ACTIVE");
                String next = second.models().get("activeVersion").asText();
                assertThat(next).isNotIn(active, killed);
                assertThat(second.terminate(Duration.ofSeconds(30))).as("stops on SIGTERM").isNotNull();
            }
        } finally {
            try (Connection c = DriverManager.getConnection(MARIADB, "root", ""); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE " + db);
            }
        }
    }

    /** Runs a training through the admin API and waits for it; the run's result line. */
    private static String retrain(ServeProcess serve) throws Exception {
        return serve.retrain(TOKEN, Duration.ofMinutes(3)).get("result").asText();
    }

    private static JsonNode find(JsonNode runs, String version) {
        for (JsonNode run : runs) {
            if (run.get("version").asText().equals(version)) {
                return run;
            }
        }
        throw new AssertionError("no run " + version + " in " + runs);
    }
}
