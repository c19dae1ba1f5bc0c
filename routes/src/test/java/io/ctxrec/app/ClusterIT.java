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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged service (separate JVMs, {@code ctxrec.cluster.enabled}) on one MariaDB database
 * and one shared model directory, behind Debian's HAProxy: a cron every 15 seconds, BMF only, a tiny shop. One
 * scenario, as a deployment lives it: the first scheduled training runs once for the cluster and both instances
 * serve its version; a user's list is the same from either, and a purchase through one makes the other recompute;
 * the training instance dies mid-run and the survivor serves the old version, then trains the next one itself;
 * an admin run started on one instance is followed on the other; a serving instance dies under load and no
 * acknowledged write is lost, nor any request answered with an error.
 */
class ClusterIT {
    private static final String MARIADB = "jdbc:mysql://127.0.0.1:3306/";
    private static final String TOKEN = "cluster-it-admin-token-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTEXT = "&deviceType=mobile&at=2026-03-10T09:30:00Z";

    // HTTP/1.1 as a shop's frontend speaks it: the JDK's default first asks to upgrade to h2c, which Vert.x grants,
    // and HAProxy then only tunnels the connection, so it could not retry a request of it.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final List<AutoCloseable> running = new ArrayList<>();
    private String database;
    private Path dir;
    private Map<String, String> env;

    @BeforeEach
    void shopOnItsOwnDatabase() throws Exception {
        database = "ctxrec_cluster_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        sql(MARIADB, "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        dir = Files.createDirectories(Path.of("target", "cluster-it", database));
        env = new HashMap<>(Map.ofEntries(
                Map.entry("CTXREC_DB_URL", MARIADB + database + "?rewriteBatchedStatements=true"),
                Map.entry("CTXREC_DB_USER", "root"), Map.entry("CTXREC_DB_PASSWORD", ""),
                Map.entry("CTXREC_DATA_DIR", Files.createDirectories(dir.resolve("data")).toString()),
                Map.entry("CTXREC_ADMIN_TOKEN", TOKEN),
                Map.entry("CTXREC_DEMO_GENERATE_IF_EMPTY", "false"),
                Map.entry("CTXREC_CLUSTER_ENABLED", "true"),
                Map.entry("CTXREC_CLUSTER_LEASE_SECONDS", "6"),
                Map.entry("CTXREC_CLUSTER_LEASE_RENEW_SECONDS", "1"),
                Map.entry("CTXREC_CLUSTER_CHECKIN_MS", "1000"),
                Map.entry("CTXREC_CACHE_RECHECK_SECONDS", "3600"),
                Map.entry("CTXREC_TRAINING_ON_START", "false"),
                Map.entry("CTXREC_TRAINING_CRON", "0/30 * * * * ?"),
                Map.entry("CTXREC_TRAINING_MODELS", "BMF"),
                Map.entry("CTXREC_TRAINING_EPOCHS", "12"),
                Map.entry("CTXREC_TRAINING_VALIDATION_USERS", "0"),
                Map.entry("CTXREC_TRAINING_POPULARITY_BLEND", "false"),
                Map.entry("CTXREC_TRAINING_BATCH_SIZE", "256"),
                Map.entry("CTXREC_TRAINING_EMBEDDING_DIM", "8"),
                Map.entry("CTXREC_TRAINING_FULL_RANKING_USERS", "50"),
                Map.entry("CTXREC_TRAINING_KEEP_VERSIONS", "20")));
        ProcessBuilder generate = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", ClusterNode.JAR.toString(), "generate", "--users", "60", "--products", "40",
                "--interactions", "1500").redirectErrorStream(true)
                .redirectOutput(dir.resolve("generate.log").toFile());
        generate.environment().putAll(env);
        assertThat(generate.start().waitFor()).as("generate").isZero();
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
        sql(MARIADB, "DROP DATABASE IF EXISTS " + database);
    }

    @Test
    void twoInstancesBehindHaproxyBehaveAsOneService() throws Exception {
        ClusterNode a = started(ClusterNode.start("node-a", env, dir));
        ClusterNode b = started(ClusterNode.start("node-b", env, dir));
        Haproxy lb = started(Haproxy.start(List.of(a, b), dir));
        for (ClusterNode node : List.of(a, b)) {
            awaitUp(node.base());
        }
        awaitUp(lb.base());

        // The first scheduled training runs once for the cluster: one run row, one version, no skipped fire.
        String v1 = await("first scheduled training").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .until(this::activeVersion, Optional::isPresent).orElseThrow();
        // The run's row says FINISHED just after its version is activated, not at the same moment: awaited.
        long finished = await("the run of " + v1 + " recorded").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> count("SELECT COUNT(*) FROM training_runs WHERE state = 'FINISHED'"), n -> n > 0);
        assertThat(finished).isEqualTo(count("SELECT COUNT(*) FROM model_versions WHERE status <> 'TRAINING'"));
        assertThat(count("SELECT COUNT(*) FROM training_runs WHERE state = 'SKIPPED'")).isZero();
        for (ClusterNode node : List.of(a, b)) {
            assertThat(get(node.base() + "/metrics").body()).doesNotContain("outcome=\"skipped\"");
        }

        // Both serve it, and the same user in the same context gets the same list from either.
        for (ClusterNode node : List.of(a, b)) {
            await(node.name() + " serving " + v1).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                    .until(() -> json(get(node.base() + "/api/recommendations/list?userId=u00003&limit=5" + CONTEXT))
                            .get("modelVersion").asText(), v1::equals);
        }
        JsonNode fromA = json(get(a.base() + "/api/recommendations/list?userId=u00004&limit=5" + CONTEXT));
        JsonNode fromB = json(get(b.base() + "/api/recommendations/list?userId=u00004&limit=5" + CONTEXT));
        assertThat(fromB.get("items")).isEqualTo(fromA.get("items"));
        assertThat(fromB.get("source").asText()).isEqualTo("cache");

        // A purchase through one instance: the other's next list is computed anew, not its held one.
        HttpResponse<String> bought = post(a.base() + "/api/interactions", "{\"userId\":\"u00004\",\"productId\":\""
                + fromA.get("items").get(0).get("id").asText() + "\",\"action\":\"purchase\"}");
        assertThat(bought.statusCode()).isEqualTo(201);
        assertThat(json(get(b.base() + "/api/recommendations/list?userId=u00004&limit=5" + CONTEXT))
                .get("source").asText()).isEqualTo("model");

        // The training instance dies mid-run: the survivor goes on serving the version active then, then trains the
        // next version itself.
        await("a scheduled training running").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> count("SELECT COUNT(*) FROM model_versions WHERE status = 'TRAINING'") > 0);
        String trainer = leaseOwner().orElseThrow();
        String before = activeVersion().orElseThrow();
        ClusterNode dead = a.is(trainer) ? a : b;
        ClusterNode survivor = dead == a ? b : a;
        dead.kill();
        assertThat(activeVersion()).as("the killed training never activated").contains(before);
        await(survivor.name() + " serving " + before).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> json(get(lb.base() + "/api/recommendations/list?userId=u00005&limit=5" + CONTEXT))
                        .get("modelVersion").asText(), before::equals);
        String v2 = await("the survivor's training").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .until(this::activeVersion, v -> v.isPresent() && !v.get().equals(before)).orElseThrow();
        String ranOn = await("the run of " + v2 + " recorded").atMost(Duration.ofSeconds(10))
                .until(() -> text("SELECT instance FROM training_runs WHERE state = 'FINISHED' AND result LIKE '%"
                        + v2 + "%'"), java.util.Objects::nonNull);
        assertThat(survivor.is(ranOn)).as(ranOn).isTrue();
        assertThat(count("SELECT COUNT(*) FROM training_runs WHERE state = 'FAILED' AND instance = '" + trainer + "'"))
                .as("the dead instance's run").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM model_versions WHERE status = 'FAILED'")).isEqualTo(1);

        // The dead instance comes back; an admin run started on one instance is followed on the other.
        ClusterNode back = started(dead.restart(2, env, dir));
        awaitUp(back.base());
        String runId = await("an admin run accepted").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> post(back.base() + "/api/admin/retrain", ""), r -> r.statusCode() == 202)
                .body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        JsonNode followed = await("the run on " + survivor.name()).atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> json(get(survivor.base() + "/api/admin/retrain/" + runId)),
                        run -> !run.get("state").asText().matches("QUEUED|RUNNING"));
        assertThat(followed.get("id").asText()).isEqualTo(runId);
        assertThat(followed.get("state").asText()).isIn("FINISHED", "SKIPPED");
        assertThat(back.is(followed.get("instance").asText())).isTrue();

        // A serving instance dies under load: the load balancer's retries answer every request, every
        // acknowledged write is in the database.
        Load load = new Load(lb.base());
        try {
            await("load before the kill").atMost(Duration.ofSeconds(60)).until(() -> load.acknowledged.size() >= 60);
            back.kill();
            int atKill = load.acknowledged.size();
            await("load after the kill").atMost(Duration.ofSeconds(60))
                    .until(() -> load.acknowledged.size() >= atKill + 120);
        } finally {
            load.stop();
        }
        assertThat(load.errors).as("requests not answered 2xx through the load balancer").isEmpty();
        assertThat(load.lists.get()).isPositive();
        Set<String> stored = stamps();
        assertThat(load.acknowledged.keySet()).allSatisfy(write -> assertThat(stored).contains(write));
    }

    /** Writes (views, each with its own time) and cached lists through the load balancer from three threads. */
    private final class Load {
        private static final Instant BASE = Instant.parse("2019-06-01T00:00:00Z");
        final Map<String, Boolean> acknowledged = new ConcurrentHashMap<>();
        final List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger lists = new AtomicInteger();
        private final AtomicBoolean stop = new AtomicBoolean();
        private final ExecutorService threads = Executors.newFixedThreadPool(3);

        Load(String base) {
            for (int t = 0; t < 2; t++) {
                int thread = t;
                threads.submit(() -> write(base, thread));
            }
            threads.submit(() -> read(base));
        }

        private void write(String base, int thread) {
            for (int i = 0; !stop.get(); i++) {
                String user = String.format("u%05d", 30 + (i % 30));
                Instant at = BASE.plusMillis(thread * 10_000_000L + i);
                try {
                    HttpResponse<String> r = post(base + "/api/interactions", "{\"userId\":\"" + user
                            + "\",\"productId\":\"" + String.format("p%05d", 1 + i % 40) + "\",\"action\":\"view\","
                            + "\"deviceType\":\"desktop\",\"timestamp\":\"" + at + "\"}");
                    if (r.statusCode() == 201) {
                        acknowledged.put(user + "@" + at, true);
                    } else {
                        errors.add("POST " + r.statusCode() + " " + r.body());
                    }
                } catch (Exception e) {
                    errors.add("POST " + e);
                }
            }
        }

        private void read(String base) {
            for (int i = 0; !stop.get(); i++) {
                try {
                    HttpResponse<String> r = get(base + "/api/recommendations/list?userId="
                            + String.format("u%05d", 10 + i % 5) + "&limit=5" + CONTEXT);
                    if (r.statusCode() == 200) {
                        lists.incrementAndGet();
                    } else {
                        errors.add("GET " + r.statusCode() + " " + r.body());
                    }
                } catch (Exception e) {
                    errors.add("GET " + e);
                }
            }
        }

        void stop() throws InterruptedException {
            stop.set(true);
            threads.shutdown();
            assertThat(threads.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }
    }

    private <T extends AutoCloseable> T started(T process) {
        running.add(process);
        return process;
    }

    private void awaitUp(String base) {
        await(base + " up").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> get(base + "/api/status").statusCode() == 200);
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private Optional<String> activeVersion() throws SQLException {
        return Optional.ofNullable(text("SELECT version FROM active_model WHERE id = 1"));
    }

    private Optional<String> leaseOwner() throws SQLException {
        return Optional.ofNullable(text("SELECT owner FROM training_lease WHERE id = 1"));
    }

    /** Every interaction of the load's day, as user@time. */
    private Set<String> stamps() throws SQLException {
        Set<String> out = new java.util.HashSet<>();
        try (Connection c = DriverManager.getConnection(MARIADB + database, "root", "");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT user_id, created_at FROM interactions"
                     + " WHERE created_at >= '2019-06-01' AND created_at < '2019-06-02'")) {
            while (r.next()) {
                out.add(r.getString(1) + "@" + r.getObject(2, java.time.LocalDateTime.class)
                        .toInstant(java.time.ZoneOffset.UTC));
            }
        }
        return out;
    }

    private long count(String query) throws SQLException {
        return Long.parseLong(text(query));
    }

    private String text(String query) throws SQLException {
        try (Connection c = DriverManager.getConnection(MARIADB + database, "root", "");
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    private static void sql(String url, String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
