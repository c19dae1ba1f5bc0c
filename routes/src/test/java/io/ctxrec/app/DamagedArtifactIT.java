package io.ctxrec.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.RandomAccessFile;
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
            first.awaitReady();
            retrain(first);
            older = first.models().get("activeVersion").asText();
            retrain(first);
            active = first.models().get("activeVersion").asText();
            assertThat(first.terminate(Duration.ofSeconds(60))).as("stops on SIGTERM").isNotNull();
        }
        assertThat(active).isNotEqualTo(older);
        Path folder = dataDir.resolve("versions").resolve(active);

        truncate(folder.resolve("NeuMF_model.zip"));
        try (ServeProcess second = ServeProcess.start("damaged-artifact-2", 0, env)) {
            awaitServing(second);
            JsonNode health = JSON.readTree(second.get("/health").body());
            assertThat(health.get("status").asText()).as(health.toString()).isEqualTo("DEGRADED");
            assertThat(health.at("/checks/models-loaded/message").asText()).contains(active).contains("NeuMF_model.zip");
            String metrics = second.get("/metrics").body();
            assertThat(metrics).containsPattern("(?m)^ctxrec_artifacts_damaged(\\{[^}]*\\})? 1(\\.0)?$")
                    .containsPattern("(?m)^ctxrec_models_dropped(\\{[^}]*\\})? 1(\\.0)?$")
                    .containsPattern("(?m)^ctxrec_active_version_unservable(\\{[^}]*\\})? 0(\\.0)?$");
            JsonNode list = JSON.readTree(second.get(LIST).body());
            assertThat(list.get("source").asText()).as(list.toString()).isEqualTo("model");
            assertThat(list.get("modelVersion").asText()).isEqualTo(active);
            assertThat(second.terminate(Duration.ofSeconds(60))).isNotNull();
        }

        // With its encoders damaged too nothing of the version can serve (ItemPop alone would, with BMF gone).
        truncate(folder.resolve("BMF_model.zip"));
        truncate(folder.resolve("encoders.json"));
        try (ServeProcess third = ServeProcess.start("damaged-artifact-3", 0, env)) {
            awaitServing(third);
            JsonNode health = JSON.readTree(third.get("/health").body());
            assertThat(health.get("status").asText()).as(health.toString()).isEqualTo("DEGRADED");
            assertThat(health.at("/checks/models-loaded/message").asText())
                    .contains("active version " + active + " cannot serve").contains("version " + older + " serves instead");
            assertThat(third.get("/metrics").body())
                    .containsPattern("(?m)^ctxrec_active_version_unservable(\\{[^}]*\\})? 1(\\.0)?$");
            JsonNode list = JSON.readTree(third.get(LIST).body());
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

    /** Ready, and a version loaded (at start the poller loads the active one, or the one that serves instead). */
    private static void awaitServing(ServeProcess serve) {
        serve.awaitReady();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> JSON.readTree(serve.get("/health").body()).at("/checks/models-loaded/loaded").asBoolean());
    }

    private static void retrain(ServeProcess serve) throws Exception {
        assertThat(serve.retrain(TOKEN, Duration.ofMinutes(4)).get("result").asText()).contains("ACTIVE");
    }
}
