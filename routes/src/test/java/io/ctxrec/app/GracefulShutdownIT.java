package io.ctxrec.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} stopped by SIGTERM under load, on the embedded H2 database, as its own process: while it
 * starts, and while it drains, every answer is JSON (503 unavailable, never Vert.x's 404 page); under load
 * no answer is a 5xx but 503, every interaction acknowledged (201) is in the database afterwards, and the
 * process exits within its drain time and a margin.
 */
class GracefulShutdownIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DRAIN_SECONDS = 5;
    private static final int STOP_SECONDS = 3;
    private static final int CLIENTS = 4;
    private static final Instant FIRST_WRITE = Instant.parse("2026-01-01T00:00:00Z");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dataDir;

    /** What one request got: an answer (status, content type, body), or no answer (the exception's name). */
    record Outcome(String what, int status, String contentType, String body, String error) {
        boolean answered() {
            return error == null;
        }
    }

    @Test
    void startingAndDrainingAnswer503Json_underLoadNo5xxBut503_everyAcknowledgedWriteIsStored_exitWithinTheDrain()
            throws Exception {
        try (ServeProcess serve = ServeProcess.start("graceful-shutdown", 0, Map.of("CTXREC_DATA_DIR", dataDir.toString(),
                "CTXREC_SHUTDOWN_DRAIN_SECONDS", String.valueOf(DRAIN_SECONDS),
                "CTXREC_SHUTDOWN_STOP_SECONDS", String.valueOf(STOP_SECONDS)))) {
            List<Outcome> starting = whileStarting(serve);
            assertThat(starting).as("answers while starting").isNotEmpty().allSatisfy(o -> {
                assertThat(o.status()).as(o.toString()).isIn(200, 503);
                assertThat(o.contentType()).as(o.toString()).startsWith("application/json");
                if (o.status() == 503) {
                    assertThat(o.body()).as(o.toString()).startsWith("{\"error\":{\"code\":\"unavailable\"");
                }
            });

            List<List<Outcome>> perClient = new ArrayList<>();
            ConcurrentLinkedQueue<Instant> acknowledged = new ConcurrentLinkedQueue<>();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger writes = new AtomicInteger();
            AtomicInteger sent = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                List<Outcome> outcomes = new ArrayList<>();
                perClient.add(outcomes);
                running.add(clients.submit(() -> {
                    int refused = 0;
                    for (int i = 0; !stop.get() && refused < 20; i++) {
                        String user = String.format("u%05d", 1 + (client * 37 + i) % 300);
                        Instant at = FIRST_WRITE.plusSeconds(writes.incrementAndGet());
                        Outcome o = switch (i % 3) {
                            case 0 -> send("list", HttpRequest.newBuilder(uri(serve,
                                    "/api/recommendations/list?userId=" + user + "&limit=5")).GET());
                            case 1 -> send("init", HttpRequest.newBuilder(uri(serve,
                                    "/api/recommendations/init?userId=" + user + "&limit=5")).POST(HttpRequest.BodyPublishers.noBody()));
                            default -> send("interaction", HttpRequest.newBuilder(uri(serve, "/api/interactions"))
                                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                                            "{\"userId\":\"" + user + "\",\"productId\":\"p00011\",\"action\":\"view\","
                                                    + "\"timestamp\":\"" + at + "\"}")));
                        };
                        outcomes.add(o);
                        sent.incrementAndGet();
                        if (o.what().equals("interaction") && o.status() == 201) {
                            acknowledged.add(at);
                        }
                        refused = o.answered() ? 0 : refused + 1;
                    }
                }));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (acknowledged.size() < 30 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            int beforeSigterm = sent.get();
            Duration exit = serve.terminate(Duration.ofSeconds(DRAIN_SECONDS + STOP_SECONDS + 10));
            for (Future<?> f : running) {
                f.get(60, TimeUnit.SECONDS); // each client ends after 20 refused connections in a row
            }
            stop.set(true);
            clients.shutdown();

            assertThat(exit).as("exited within drain + stop + 10 s").isNotNull();
            assertThat(exit).as("exit time").isLessThan(Duration.ofSeconds(DRAIN_SECONDS + STOP_SECONDS + 5));
            assertThat(acknowledged).as("writes acknowledged before SIGTERM").hasSizeGreaterThanOrEqualTo(30);
            List<Outcome> answers = perClient.stream().flatMap(List::stream).filter(Outcome::answered).toList();
            assertThat(answers).allSatisfy(o -> {
                assertThat(o.status()).as(o.toString()).isBetween(200, 503);
                assertThat(o.status()).as(o.toString()).isNotIn(500, 501, 502);
                assertThat(o.contentType()).as(o.toString()).startsWith("application/json");
                assertThat(JSON.readTree(o.body()).isObject()).as(o.toString()).isTrue();
                if (o.status() == 503) {
                    assertThat(JSON.readTree(o.body()).at("/error/code").asText()).as(o.toString())
                            .isIn("unavailable", "overloaded");
                }
            });
            // While the service listens, every request is answered: once a client's request goes unanswered, none of
            // its later ones is (connections refused). In the instant Vert.x 4 closes its listener and connections,
            // a request just sent on a new connection can be cut unanswered: it was not taken, nothing was stored.
            int cut = 0;
            for (List<Outcome> outcomes : perClient) {
                int firstUnanswered = outcomes.size();
                for (int i = outcomes.size() - 1; i >= 0; i--) {
                    if (!outcomes.get(i).answered()) {
                        firstUnanswered = i;
                    }
                }
                List<Outcome> after = outcomes.subList(firstUnanswered, outcomes.size());
                assertThat(after).as("a client's requests from its first without an answer on").noneMatch(Outcome::answered);
                cut += (int) after.stream().filter(o -> !o.error().startsWith("ConnectException")).count();
            }
            assertThat(stored(acknowledged)).as("acknowledged writes in the database after the stop")
                    .containsExactlyInAnyOrderElementsOf(acknowledged);
            System.out.printf("GracefulShutdownIT: %d requests before SIGTERM, %d after it (%d answered: %d 503); %d"
                            + " cut as the server closed; %d writes acknowledged, all stored; exit %d ms after SIGTERM%n",
                    beforeSigterm, sent.get() - beforeSigterm, answers.size() - beforeSigterm,
                    answers.stream().filter(o -> o.status() == 503).count(), cut, acknowledged.size(), exit.toMillis());
        }
    }

    /** Polls a few endpoints from the process's start until it is ready; the answers it got on the way. */
    private List<Outcome> whileStarting(ServeProcess serve) throws Exception {
        List<Outcome> answers = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        List<String> paths = List.of("/health/ready", "/health", "/api/status", "/api/recommendations/list?userId=u00001",
                "/health/live");
        for (int i = 0; System.nanoTime() < deadline; i++) {
            assertThat(serve.isAlive()).as("serve is running").isTrue();
            String path = paths.get(i % paths.size());
            Outcome o = send(path, HttpRequest.newBuilder(uri(serve, path)).GET());
            if (o.answered()) {
                answers.add(o);
                if (path.equals("/health/ready") && o.status() == 200) {
                    return answers;
                }
            } else {
                assertThat(o.error()).as("before the port is bound, connections are refused")
                        .startsWith(ConnectException.class.getSimpleName());
            }
        }
        throw new AssertionError("not ready within 120 s: " + serve.output());
    }

    private Outcome send(String what, HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Outcome(what, r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), null);
        } catch (IOException e) {
            return new Outcome(what, 0, null, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(what, 0, null, null, "interrupted");
        }
    }

    private static URI uri(ServeProcess serve, String pathAndQuery) {
        return URI.create(serve.base() + pathAndQuery);
    }

    /** Which of these view timestamps the database holds, read after the process stopped. */
    private Set<Instant> stored(Iterable<Instant> acknowledged) throws Exception {
        String url = "jdbc:h2:file:" + dataDir.resolve("db/ctxrec") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE";
        Set<Instant> found = new HashSet<>();
        try (Connection c = DriverManager.getConnection(url, "ctxrec", "");
             PreparedStatement s = c.prepareStatement("SELECT created_at FROM interactions WHERE product_id = 'p00011'"
                     + " AND action = 'view' AND created_at >= ?")) {
            s.setObject(1, LocalDateTime.ofInstant(FIRST_WRITE, ZoneOffset.UTC)); // stored as UTC (Columns.utc)
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC));
                }
            }
        }
        return found;
    }
}
