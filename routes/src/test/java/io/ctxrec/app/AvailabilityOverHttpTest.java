package io.ctxrec.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ctxrec.adapters.jdbc.TestDatabase;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Readiness, liveness and the drain of a stopping service over real HTTP: the service as `serve` wires it
 * on H2, drained as its SIGTERM hook drains it ({@link GracefulShutdown}); a request held in flight by a
 * body sent in two parts.
 */
class AvailabilityOverHttpTest {
    private static final String INTERACTION = "{\"userId\":\"u00004\",\"productId\":\"p00009\",\"action\":\"purchase\"}";

    private final HttpClient http = HttpClient.newHttpClient();
    private DemoService service;

    @BeforeEach
    void start() throws Exception {
        service = DemoService.start(TestDatabase.h2(), "drain-token");
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void whileServing_liveAndReadyAnswer200() throws Exception {
        HttpResponse<String> live = get("/health/live");
        HttpResponse<String> ready = get("/health/ready");

        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).startsWith("{\"status\":\"UP\",\"checks\":{\"routes\":{\"status\":\"UP\"")
                .contains("\"database\":{\"status\":\"UP\"");
        assertThat(get("/health").body()).startsWith("{\"status\":\"UP\"");
    }

    @Test
    void givenDraining_newRequestsAnswer503Json_theOneInFlightIsAnsweredAndStored_thenIdle() throws Exception {
        long before = purchases();
        byte[] body = INTERACTION.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/interactions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, 10);
            out.flush();
            // the gate counts the request once its headers are in, while its body is still awaited
            await().atMost(Duration.ofSeconds(10)).until(() -> service.availability().inFlight() == 1);

            service.availability().drain();

            HttpResponse<String> refused = get("/api/recommendations/list?userId=u00001&limit=3");
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Content-Type")).contains("application/json");
            assertThat(refused.headers().firstValue("Retry-After")).contains("1");
            assertThat(refused.body()).startsWith("{\"error\":{\"code\":\"unavailable\",\"message\":\"the service is shutting down");
            HttpResponse<String> ready = get("/health/ready");
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("\"code\":\"unavailable\"");
            assertThat(get("/health/live").statusCode()).isEqualTo(200);
            assertThat(service.availability().awaitIdle(Duration.ZERO)).as("idle with a request in flight").isFalse();

            out.write(body, 10, body.length - 10);
            out.flush();
            RawHttp.Response answer = RawHttp.parse(RawHttp.readAll(socket.getInputStream()));

            assertThat(answer.status()).isEqualTo(201);
            assertThat(answer.headers().get("connection")).isEqualToIgnoringCase("close");
        }
        assertThat(service.availability().awaitIdle(Duration.ofSeconds(10))).isTrue();
        assertThat(purchases()).isEqualTo(before + 1);
    }

    private long purchases() throws Exception {
        try (Connection c = service.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM interactions WHERE user_id = 'u00004'"
                     + " AND product_id = 'p00009' AND action = 'purchase'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private int port() {
        return URI.create(service.base()).getPort();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(service.base() + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
