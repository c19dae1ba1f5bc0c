package io.ctxrec.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar target/ctxrec.jar serve} as a process of its own, as an operator runs it (with -Xmx
 * given, so it serves in the JVM started rather than relaunching itself), configured by environment
 * variables, on a free loopback port; its console goes to a file under {@code target/} for a failure's
 * post-mortem. SIGTERM is {@link #terminate()}, kill -9 {@link #kill()}. Its HTTP helpers (over HTTP/1.1, as
 * an operator's tools speak it) are what the fault tests ask of it: ready, the models, a retrain.
 */
final class ServeProcess implements AutoCloseable {
    private static final Path JAR = Path.of("target/ctxrec.jar");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final Process process;
    private final int port;
    private final Path log;

    private ServeProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts serve on {@code port} (0: a free one) with these environment variables set. */
    static ServeProcess start(String name, int port, Map<String, String> env) throws IOException {
        assertThat(JAR).as("the packaged jar (run after `package`)").isRegularFile();
        int chosen = port == 0 ? freePort() : port;
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:+UseSerialGC", "-jar", JAR.toString(), "serve"));
        Path log = Files.createDirectories(Path.of("target", "it-logs")).resolve(name + "-" + System.nanoTime() + ".log");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(Map.of("CTXREC_HTTP_PORT", String.valueOf(chosen), "CTXREC_HTTP_HOST", "127.0.0.1",
                "CTXREC_TRAINING_ON_START", "false"));
        pb.environment().putAll(env);
        return new ServeProcess(pb.start(), chosen, log);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM; then the time it took to exit, or empty if it had not within {@code atMost}. */
    Duration terminate(Duration atMost) throws InterruptedException {
        long start = System.nanoTime();
        process.destroy();
        if (!process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
            return null;
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** kill -9: no hook runs, nothing is closed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Waits until {@code /health/ready} answers 200, failing at once if the process died. */
    void awaitReady() {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> {
                    assertThat(isAlive()).as("serve is running").isTrue();
                    return get("/health/ready").statusCode() == 200;
                });
    }

    /** {@code GET /api/models}. */
    JsonNode models() throws IOException, InterruptedException {
        return JSON.readTree(get("/api/models").body());
    }

    /** Starts a training through the admin API (202); its run id. */
    String startRetrain(String token) throws IOException, InterruptedException {
        HttpResponse<String> started = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/admin/retrain"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        return JSON.readTree(started.body()).get("id").asText();
    }

    /** {@code GET /api/admin/retrain/{run}}. */
    JsonNode retrainRun(String token, String run) throws IOException, InterruptedException {
        return JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/admin/retrain/" + run))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    /** Runs a training through the admin API and waits for it to finish; the run, FINISHED. */
    JsonNode retrain(String token, Duration within) throws IOException, InterruptedException {
        String run = startRetrain(token);
        JsonNode done = await().atMost(within).pollInterval(Duration.ofMillis(500))
                .until(() -> retrainRun(token, run), r -> !r.get("state").asText().matches("QUEUED|RUNNING"));
        assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("FINISHED");
        return done;
    }

    /** What it wrote on its console so far. */
    String output() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
