package io.ctxrec.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctxrec.adapters.jdbc.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

/**
 * The service as `serve` runs it, sent the corpus of malformed and hostile requests
 * ({@code hostile-requests.jsonl}, every endpoint) over a raw socket: each one must get its 4xx status with
 * a JSON error body in the API's words (no Java class, no SQL), nothing may be logged at ERROR, and the
 * database must be unchanged, table by table. Then what the input rules let through: the popular list for
 * ids that are not users (nothing stored), and the same fields as a form or as query parameters.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HostileRequestsContract {
    private static final String TOKEN = "hostile-test-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private DemoService service;
    private URI base;
    private Map<String, String> values;

    abstract TestDatabase newDatabase();

    @BeforeAll
    void startService() throws Exception {
        service = DemoService.start(newDatabase(), TOKEN);
        base = URI.create(service.base());
        values = Map.of("user", firstId("/api/users?limit=1"), "product", firstId("/api/products?limit=1"),
                "token", TOKEN);
    }

    @AfterAll
    void stopService() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void everyHostileRequestGetsItsStatusAsJsonAndTheDatabaseIsUnchanged() throws Exception {
        List<HostileRequest> corpus = HostileRequest.corpus("/hostile-requests.jsonl");
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(250);
        Map<String, String> before = DatabaseSnapshot.of(service.dataSource());
        ListAppender<ILoggingEvent> log = captureLog();

        SoftAssertions softly = new SoftAssertions();
        for (HostileRequest request : corpus) {
            byte[] body = request.body(values);
            RawHttp.Response r = RawHttp.send(base.getHost(), base.getPort(),
                    request.head(values, base.getHost() + ":" + base.getPort(), body), body);
            softly.assertThat(r.status()).as(request.name() + ": " + r.body()).isIn(request.statuses());
            softly.assertThat(r.headers().get("content-type")).as(request.name()).startsWith("application/json");
            softly.assertThat(r.headers()).as(request.name() + ": sent whole, with its length")
                    .containsKey("content-length").doesNotContainKey("transfer-encoding");
            softly.assertThat(errorOf(r.body())).as(request.name() + ": " + r.body()).isTrue();
            softly.assertThat(r.body()).as(request.name()).doesNotContainPattern(
                    "java\\.|io\\.ctxrec|Exception|SQL|`|(?i)for column|(?i)data truncation|Jackson|vertx|camel");
        }
        softly.assertThat(errors(log)).as("ERROR lines logged").isEmpty();
        softly.assertThat(DatabaseSnapshot.of(service.dataSource())).as("the database").isEqualTo(before);
        softly.assertAll();
    }

    @Test
    void idsThatAreNotUsersGetThePopularListAndLeaveNothingBehind() throws Exception {
        Map<String, String> before = DatabaseSnapshot.of(service.dataSource());
        for (String id : List.of("nosuchuser", "' OR '1'='1", "../../etc/passwd", "\uD83D\uDE00")) {
            String encoded = java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8);
            JsonNode list = JSON.readTree(ok(get("/api/recommendations/list?userId=" + encoded + "&limit=5")));
            JsonNode init = JSON.readTree(ok(post("/api/recommendations/init", "application/x-www-form-urlencoded",
                    "userId=" + encoded + "&limit=5")));
            assertThat(list.get("userId").asText()).isEqualTo(id);
            assertThat(list.get("items")).hasSize(5);
            assertThat(init.get("items")).hasSize(5);
        }
        assertThat(DatabaseSnapshot.of(service.dataSource())).isEqualTo(before);

        ok(post("/api/recommendations/init?userId=" + values.get("user") + "&limit=5", null, ""));
        assertThat(DatabaseSnapshot.of(service.dataSource())).as("a user's list is kept")
                .isNotEqualTo(before);
    }

    @Test
    void theFieldsMayComeAsAFormOrInTheQuery() throws Exception {
        String user = values.get("user");
        String product = values.get("product");
        HttpResponse<String> form = post("/api/interactions", "application/x-www-form-urlencoded",
                "userId=" + user + "&productId=" + product + "&action=cart&deviceType=tablet");
        HttpResponse<String> query = post("/api/ratings?userId=" + user + "&productId=" + product + "&stars=4", null, "");
        HttpResponse<String> rating = post("/api/ratings", "application/x-www-form-urlencoded; charset=UTF-8",
                "userId=" + user + "&productId=" + product + "&stars=5&comment=tr%C3%A8s+bien+%F0%9F%98%80");
        HttpResponse<String> init = post("/api/recommendations/init?userId=" + user, null, "");

        assertThat(form.statusCode()).as(form.body()).isEqualTo(201);
        assertThat(JSON.readTree(form.body()).get("action").asText()).isEqualTo("cart");
        assertThat(query.statusCode()).as(query.body()).isEqualTo(201);
        assertThat(rating.statusCode()).as(rating.body()).isEqualTo(201);
        assertThat(JSON.readTree(rating.body()).get("comment").asText()).isEqualTo("très bien \uD83D\uDE00");
        assertThat(init.statusCode()).as(init.body()).isEqualTo(200);
    }

    @Test
    void aRatingSentAsRatingIsToldTheFieldIsStars() throws Exception {
        HttpResponse<String> r = post("/api/ratings", "application/json", "{\"userId\":\"" + values.get("user")
                + "\",\"productId\":\"" + values.get("product") + "\",\"rating\":5}");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).get("error").get("message").asText())
                .isEqualTo("unknown field 'rating'; the fields are userId, productId, stars, comment");
    }

    private String firstId(String path) throws Exception {
        return JSON.readTree(ok(get(path))).get("items").get(0).get("id").asText();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    private static boolean errorOf(String body) {
        try {
            JsonNode error = JSON.readTree(body).get("error");
            return error != null && error.get("code").isTextual() && error.get("message").isTextual()
                    && !error.get("message").asText().isBlank();
        } catch (Exception e) {
            return false;
        }
    }

    private static ListAppender<ILoggingEvent> captureLog() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(appender);
        return appender;
    }

    private static List<String> errors(ListAppender<ILoggingEvent> log) {
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent e : log.list) {
            if (e.getLevel().isGreaterOrEqual(Level.ERROR)) {
                lines.add(e.getLoggerName() + ": " + e.getFormattedMessage());
            }
        }
        return lines;
    }
}
