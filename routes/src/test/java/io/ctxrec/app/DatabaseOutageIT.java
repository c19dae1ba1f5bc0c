package io.ctxrec.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ctxrec.adapters.jdbc.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database goes away under the running service and comes back: the service on MariaDB through a
 * {@link TcpProxy} the test cuts and restores (the shared MariaDB server itself keeps running).
 */
class DatabaseOutageIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static TestDatabase database;
    private static TcpProxy proxy;
    private static DemoService service;

    @BeforeAll
    static void serviceThroughAProxy() throws Exception {
        database = TestDatabase.mariaDb();
        String url = database.settings().url();
        String server = System.getProperty("ctxrec.it.mysql", "127.0.0.1:3306");
        proxy = new TcpProxy(server.split(":")[0], Integer.parseInt(server.split(":")[1]));
        service = DemoService.start(database, "outage-token", Map.of(
                "ctxrec.db.url", url.replace(server, "127.0.0.1:" + proxy.port()),
                "ctxrec.cache.recheck-seconds", "1"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
        proxy.close();
    }

    @Test
    void givenTheDatabaseDown_heldListsAnswerStale_othersAndWrites503AtOnce_healthDown_thenRecoveryWithoutRestart()
            throws Exception {
        HttpResponse<String> before = get("/api/recommendations/list?userId=u00001&limit=5");
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(before.headers().firstValue("Warning")).isEmpty();
        long purchasesBefore = purchases("u00003", "p00007");

        proxy.cut();
        // Past the 1 s recheck the held list is due, cannot be re-read, and answers marked stale.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> get("/api/recommendations/list?userId=u00001&limit=5").headers().firstValue("Warning").isPresent());

        long start = System.nanoTime();
        HttpResponse<String> health = get("/health");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"status\":\"DOWN\"");
        assertThat(millisSince(start)).as("health DOWN within 2 s").isLessThan(2000);

        HttpResponse<String> held = get("/api/recommendations/list?userId=u00001&limit=5");
        assertThat(held.statusCode()).isEqualTo(200);
        assertThat(held.body()).contains("\"items\":[{");
        assertThat(held.headers().firstValue("Warning")).contains("110 - \"Response is Stale\"");

        start = System.nanoTime();
        HttpResponse<String> notHeld = get("/api/recommendations/list?userId=u00002&limit=5");
        assertThat(notHeld.statusCode()).isEqualTo(503);
        assertThat(notHeld.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(notHeld.headers().firstValue("Retry-After")).isPresent();
        assertThat(notHeld.body()).startsWith("{\"error\":{\"code\":\"unavailable\"");
        assertThat(millisSince(start)).as("503 at once").isLessThan(2000);

        HttpResponse<String> write = send(HttpRequest.newBuilder(URI.create(service.base() + "/api/interactions"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"userId\":\"u00003\",\"productId\":\"p00007\",\"action\":\"purchase\"}")));
        assertThat(write.statusCode()).isEqualTo(503);
        assertThat(write.body()).contains("\"code\":\"unavailable\"", "nothing was stored");

        proxy.restore();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> get("/health").statusCode() == 200);
        assertThat(get("/api/recommendations/list?userId=u00002&limit=5").statusCode()).isEqualTo(200);
        assertThat(get("/api/recommendations/list?userId=u00001&limit=5").headers().firstValue("Warning")).isEmpty();
        assertThat(purchases("u00003", "p00007")).as("the refused write was not stored").isEqualTo(purchasesBefore);
    }

    private static long purchases(String user, String product) throws Exception {
        String url = database.settings().url();
        try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM interactions WHERE user_id = '" + user
                     + "' AND product_id = '" + product + "' AND action = 'purchase'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(service.base() + path)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
