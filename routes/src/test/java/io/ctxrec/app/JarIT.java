package io.ctxrec.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ctxrec.adapters.config.CtxrecConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged jar as a newcomer would: {@code java -jar routes/target/ctxrec.jar ...}. */
class JarIT {
    private static final Path JAR = Path.of("target/ctxrec.jar");
    private static final String MARIADB = "jdbc:mysql://127.0.0.1:3306/";

    @TempDir
    Path dataDir;

    @Test
    void serveCreatesTheDemoShopInAnEmptyEmbeddedDatabaseAndAnswersOverHttp() throws Exception {
        int port = freePort();
        Process serve = start(Map.of("CTXREC_DATA_DIR", dataDir.toString(), "CTXREC_HTTP_PORT", String.valueOf(port)),
                "serve");
        try {
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest status = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/status")).build();
            String body = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                    .ignoreExceptions()
                    .until(() -> http.send(status, HttpResponse.BodyHandlers.ofString()).body(),
                            b -> b.contains("\"status\":\"UP\""));

            assertThat(body).contains("\"users\":300", "\"products\":200", "\"interactions\":20000");
            // started without JVM options, serve replaced its JVM with one that has the configured ones: one process
            List<String> configured = ServeJvm.configuredOptions(CtxrecConfig.load().get("ctxrec.serve.jvm-options"));
            assertThat(serve.children().count()).as("child processes of serve").isZero();
            assertThat(serve.info().arguments().map(List::of).orElseThrow()).containsSubsequence(configured);
            assertThat(dataDir.resolve("db")).isDirectory();

            String base = "http://127.0.0.1:" + port;
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(
                    URI.create(base + "/api/recommendations/list?userId=u00001&limit=5&deviceType=mobile")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.body()).contains("\"userId\":\"u00001\"", "\"items\":[{\"id\":\"p")
                    .containsPattern("\"source\":\"(fallback|model)\"");
            assertThat(list.headers().firstValue("userId")).isEmpty();

            HttpResponse<String> purchase = http.send(HttpRequest.newBuilder(URI.create(base + "/api/interactions"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"userId\":\"u00001\",\"productId\":\"p00002\",\"action\":\"purchase\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(purchase.statusCode()).isEqualTo(201);

            HttpResponse<String> bad = http.send(HttpRequest.newBuilder(
                    URI.create(base + "/api/recommendations/list?userId=u00001&limit=0")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("\"error\"", "limit must be between 1 and 100");
        } finally {
            serve.destroy();
            serve.waitFor();
        }
    }

    @Test
    void generateAndImportAgainstMariaDb(@TempDir Path files) throws Exception {
        String db = "ctxrec_jar_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(MARIADB, "root", ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db + " CHARACTER SET utf8mb4");
        }
        try {
            Map<String, String> env = Map.of("CTXREC_DB_URL", MARIADB + db + "?rewriteBatchedStatements=true",
                    "CTXREC_DB_USER", "root", "CTXREC_DB_PASSWORD", "", "CTXREC_DATA_DIR", dataDir.toString());

            Result generated = run(env, "generate", "--users", "50", "--products", "40", "--interactions", "1000");
            assertThat(generated.code).as(generated.output).isZero();
            assertThat(generated.output).contains("generated 50 users, 40 products, 1,000 interactions");

            Path csv = files.resolve("bad.csv");
            Files.writeString(csv, "user_id,product_id,action,timestamp,device_type\n"
                    + "u00001,p00001,purchase,2026-01-01T10:00:00Z,mobile\n"
                    + "u00002,p00002,like,2026-01-01T10:00:00Z,mobile\n");
            Result rejected = run(env, "import", "--format", "csv", csv.toString());
            assertThat(rejected.code).isEqualTo(1);
            assertThat(rejected.output).contains("nothing was imported", "line 3");

            assertThat(count(db, "interactions")).isEqualTo(1000);
            assertThat(count(db, "users")).isEqualTo(50);
        } finally {
            try (Connection c = DriverManager.getConnection(MARIADB, "root", ""); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE " + db);
            }
        }
    }

    private static long count(String db, String table) throws Exception {
        try (Connection c = DriverManager.getConnection(MARIADB + db, "root", "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private record Result(int code, String output) {
    }

    private Result run(Map<String, String> env, String... args) throws Exception {
        Process p = start(env, args);
        String out = new String(p.getInputStream().readAllBytes());
        return new Result(p.waitFor(), out);
    }

    private static Process start(Map<String, String> env, String... args) throws IOException {
        assertThat(JAR).as("the packaged jar (run after `package`)").isRegularFile();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        if (args[0].equals("serve")) {
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        return pb.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
