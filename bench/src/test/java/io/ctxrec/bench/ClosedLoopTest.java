package io.ctxrec.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Java closed loop against a local server whose n-th request of a client (its path) is answered, in turn, by a
 * shed 503, a list, a failure 503 and a 500.
 */
class ClosedLoopTest {
    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            int turn = Integer.parseInt(exchange.getRequestURI().getPath().substring(1)) % 4;
            int status = turn == 1 ? 200 : turn == 3 ? 500 : 503;
            String body = switch (turn) {
                case 0 -> "{\"error\":{\"code\":\"overloaded\",\"message\":\"try again shortly\"}}";
                case 1 -> "{\"source\":\"model\"}";
                case 2 -> "{\"error\":{\"code\":\"unavailable\",\"message\":\"the database is unavailable\"}}";
                default -> "{\"error\":{\"code\":\"internal\"}}";
            };
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void countsTheShed503sApartFromErrors_andLeavesThemOutOfTheRate() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");

        ClosedLoop.Result r = new ClosedLoop(http).run(1, Duration.ZERO, Duration.ofSeconds(2),
                n -> HttpRequest.newBuilder(uri.resolve("/" + n)).GET().build(),
                body -> body.contains("\"source\":\"model\""));

        // One client sends requests 0, 1, 2, ... (no warm-up, so the first one, shed, always counts): the kinds of
        // the first requests() of them, however many a busy machine let it send.
        int shed = 0;
        int errors = 0;
        for (int n = 0; n < r.requests(); n++) {
            shed += n % 4 == 0 ? 1 : 0;
            errors += n % 4 >= 2 ? 1 : 0;
        }
        assertThat(shed).isPositive();
        assertThat(r.shed()).isEqualTo(shed);
        assertThat(r.errors()).isEqualTo(errors);
        assertThat(r.unexpected()).isZero();
        assertThat(r.shedPercent()).isEqualTo(100.0 * shed / r.requests());
        assertThat(r.perSecond()).isEqualTo((r.requests() - shed) / 2.0);
    }
}
