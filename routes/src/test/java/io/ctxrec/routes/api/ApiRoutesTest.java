package io.ctxrec.routes.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.net.SocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpConstants;
import org.junit.jupiter.api.Test;

/**
 * The API routes through their direct: endpoints ({@link ApiRouteTestSupport}), in the default open mode: anyone
 * may act for any user, the admin API needs the admin token.
 */
class ApiRoutesTest extends ApiRouteTestSupport {

    @Test
    void listUsesDefaultLimitTheUserAgentsDeviceAndNow() throws Exception {
        Exchange reply = call("direct:api-recommendations-list", null, Map.of("userId", "alice",
                "User-Agent", "Mozilla/5.0 (iPad; CPU OS 17_0)"));

        JsonNode body = json(reply);
        assertThat(status(reply)).isEqualTo(200);
        assertThat(body.get("context").get("limit").asText()).isEqualTo("10");
        assertThat(body.get("context").get("deviceType").asText()).isEqualTo("tablet");
        assertThat(body.get("generatedAt").asText()).isEqualTo("2024-05-01T12:00:00Z");
    }

    @Test
    void listWithoutUserIdIs400NamingTheField() throws Exception {
        Exchange reply = call("direct:api-recommendations-list", null, Map.of("limit", "5"));

        assertError(reply, 400, "bad-request", "userId is required");
    }

    @Test
    void listRefusesALimitAbove100AndAnUnknownDeviceType() throws Exception {
        assertError(call("direct:api-recommendations-list", null, Map.of("userId", "alice", "limit", "101")),
                400, "bad-request", "limit must be between 1 and 100, was 101");
        assertError(call("direct:api-recommendations-list", null, Map.of("userId", "alice", "deviceType", "phone")),
                400, "bad-request", "deviceType must be mobile, desktop or tablet, was 'phone'");
        assertError(call("direct:api-recommendations-list", null, Map.of("userId", "alice", "at", "yesterday")),
                400, "bad-request", "at must be an ISO-8601 instant");
    }

    @Test
    void initReadsTheJsonBodyOverQueryParameters() throws Exception {
        Exchange reply = call("direct:api-recommendations-init",
                "{\"userId\":\"bob\",\"limit\":3,\"deviceType\":\"mobile\",\"at\":\"2024-01-05T07:00:00Z\"}",
                Map.of("Content-Type", "application/json", "limit", "50"));

        JsonNode body = json(reply);
        assertThat(body.get("userId").asText()).isEqualTo("bob");
        assertThat(body.get("source").asText()).isEqualTo("model");
        assertThat(body.get("context").get("limit").asText()).isEqualTo("3");
        assertThat(body.get("generatedAt").asText()).isEqualTo("2024-01-05T07:00:00Z");
    }

    @Test
    void extraContextComesAsCtxParameters_orInTheBodysContextOverThem() throws Exception {
        JsonNode listed = json(call("direct:api-recommendations-list", null, Map.of("userId", "alice",
                "ctx_weather", "rain", "ctx_companion", "family")));
        JsonNode initialised = json(call("direct:api-recommendations-init",
                "{\"userId\":\"bob\",\"context\":{\"weather\":\"sun\"}}",
                Map.of("Content-Type", "application/json", "ctx_weather", "rain", "ctx_companion", "alone")));

        assertThat(listed.get("context").get("ctx_weather").asText()).isEqualTo("rain");
        assertThat(listed.get("context").get("ctx_companion").asText()).isEqualTo("family");
        assertThat(initialised.get("context").get("ctx_weather").asText()).isEqualTo("sun");
        assertThat(initialised.get("context").get("ctx_companion").asText()).isEqualTo("alone");
        assertError(call("direct:api-recommendations-list", null, Map.of("userId", "alice", "ctx_season", "winter")),
                400, "bad-request", "ctx_season");
    }

    @Test
    void initRefusesAnotherContentTypeAndUnknownFields() throws Exception {
        assertError(call("direct:api-recommendations-init", "userId=bob", Map.of("Content-Type", "text/plain")),
                415, "unsupported-media-type", "Content-Type must be application/json");
        assertError(call("direct:api-recommendations-init", "{\"user\":\"bob\"}", Map.of("Content-Type", "application/json")),
                400, "bad-request", "\"user\"");
    }

    @Test
    void clearAnswersTheUserAndTheRowsRemoved() throws Exception {
        JsonNode body = json(call("direct:api-recommendations-clear", null, Map.of("userId", "alice")));

        assertThat(body.get("userId").asText()).isEqualTo("alice");
        assertThat(body.get("removed").asInt()).isEqualTo(StubRecommendationRoutes.REMOVED);
    }

    @Test
    void aRequestShedUnderOverloadIs503WithRetryAfter() throws Exception {
        Exchange reply = call("direct:api-recommendations-init", null, Map.of("userId", "busy"));

        assertError(reply, 503, "overloaded", "overloaded");
        assertThat(reply.getMessage().getHeader("Retry-After")).isEqualTo("1");
    }

    @Test
    void anUnexpectedErrorIs500WithAGenericMessageOnly() throws Exception {
        Exchange reply = call("direct:api-recommendations-clear", null, Map.of("userId", "nobody"));

        assertError(reply, 500, "internal", ErrorReplies.GENERIC_MESSAGE);
        assertThat(reply.getMessage().getBody(String.class)).doesNotContain("secret").doesNotContain("Exception");
    }

    @Test
    void interactionIsStoredWithTheGivenTimeAndDevice() throws Exception {
        Exchange reply = call("direct:api-interactions-record", "{\"userId\":\"alice\",\"productId\":\"p2\","
                + "\"action\":\"PURCHASE\",\"deviceType\":\"desktop\",\"timestamp\":\"2024-04-30T08:15:00Z\"}", jsonType());

        assertThat(status(reply)).isEqualTo(201);
        assertThat(json(reply).get("action").asText()).isEqualTo("purchase");
        assertThat(jdbc.interactionHistory().forUser("alice")).singleElement()
                .satisfies(i -> assertThat(i.at()).isEqualTo(Instant.parse("2024-04-30T08:15:00Z")));
    }

    @Test
    void interactionForAnUnknownUserOrABadActionWritesNothing() throws Exception {
        assertError(call("direct:api-interactions-record", "{\"userId\":\"carol\",\"productId\":\"p1\",\"action\":\"view\"}",
                jsonType()), 404, "not-found", "unknown user 'carol'");
        assertError(call("direct:api-interactions-record", "{\"userId\":\"alice\",\"productId\":\"p1\",\"action\":\"like\"}",
                jsonType()), 400, "bad-request", "action must be view, cart or purchase, was 'like'");

        assertThat(jdbc.interactionHistory().count()).isZero();
    }

    @Test
    void ratingIsStoredAndUpdatesTheProductsAverage() throws Exception {
        Exchange reply = call("direct:api-ratings-record",
                "{\"userId\":\"bob\",\"productId\":\"p1\",\"stars\":4,\"comment\":\" fine \"}", jsonType());

        assertThat(status(reply)).isEqualTo(201);
        assertThat(json(reply).get("comment").asText()).isEqualTo("fine");
        assertThat(jdbc.productCatalog().find("p1").orElseThrow().ratingCount()).isEqualTo(1);
    }

    @Test
    void ratingOutsideOneToFiveOrForAnUnknownProductWritesNothing() throws Exception {
        assertError(call("direct:api-ratings-record", "{\"userId\":\"bob\",\"productId\":\"p1\",\"stars\":6}", jsonType()),
                400, "bad-request", "stars must be 1..5, was 6");
        assertError(call("direct:api-ratings-record", "{\"userId\":\"bob\",\"productId\":\"p9\",\"stars\":5}", jsonType()),
                404, "not-found", "unknown product 'p9'");

        assertThat(jdbc.ratings().count()).isZero();
    }

    @Test
    void usersAreSearchedByIdPrefixAndProductsByCategory() throws Exception {
        JsonNode users = json(call("direct:api-users-page", null, Map.of("prefix", "al", "limit", "1")));
        JsonNode shoes = json(call("direct:api-products-page", null, Map.of("category", "shoes")));

        assertThat(users.get("total").asLong()).isEqualTo(2);
        assertThat(users.get("items").get(0).get("id").asText()).isEqualTo("alan");
        assertThat(shoes.get("total").asLong()).isEqualTo(1);
        assertThat(shoes.get("limit").asInt()).isEqualTo(Listings.DEFAULT_LIMIT);
        assertThat(shoes.get("items").get(0).get("id").asText()).isEqualTo("p2");
    }

    @Test
    void pagingRefusesANegativeOffsetAndAWordAsLimit() throws Exception {
        assertError(call("direct:api-products-page", null, Map.of("offset", "-1")), 400, "bad-request",
                "offset must not be negative, was -1");
        assertError(call("direct:api-users-page", null, Map.of("limit", "ten")), 400, "bad-request",
                "limit must be a whole number, was 'ten'");
    }

    @Test
    void modelsReportWithoutAnyVersionSaysSo() throws Exception {
        JsonNode report = json(call("direct:api-models-report", null, Map.of()));

        assertThat(report.get("activeVersion").isNull()).isTrue();
        assertThat(report.get("models")).isEmpty();
        assertThat(report.get("runs")).isEmpty();
        assertThat(report.get("training").get("running").asBoolean()).isFalse();
        assertThat(report.get("training").get("version").isNull()).as("idle: no version, not \"\"").isTrue();
        assertThat(report.get("training").get("model").isNull()).as("idle: no model, not \"\"").isTrue();
    }

    @Test
    void adminEndpointsRefuseAMissingOrWrongToken() throws Exception {
        assertError(call("direct:api-retrain-start", null, Map.of()), 401, "unauthorized", "Authorization: Bearer");
        assertError(call("direct:api-retrain-start", null, Map.of("Authorization", "Bearer wrong")), 401, "unauthorized",
                "the admin token is wrong");
        assertError(call("direct:api-retrain-run", null, Map.of("id", "x")), 401, "unauthorized", "Bearer");
    }

    @Test
    void aSecondRetrainWhileOneRunsIs409NamingTheRunningOne() throws Exception {
        Exchange first = call("direct:api-retrain-start", null, admin());
        String id = json(first).get("id").asText();

        Exchange second = call("direct:api-retrain-start", null, admin());

        assertThat(status(first)).isEqualTo(202);
        assertError(second, 409, "conflict", id);
        trainingMayGoOn.countDown();
        Map<String, Object> poll = new HashMap<>(admin());
        poll.put("id", id);
        await().atMost(Duration.ofSeconds(10)).until(() -> json(call("direct:api-retrain-run", null, poll))
                .get("state").asText().equals("FAILED"));
        assertThat(template.requestBody("direct:metrics", null, String.class)).contains("ctxrec_training_runs_total{outcome=\"failed\"} 1.0");
    }

    @Test
    void pollingAnUnknownRunIs404() throws Exception {
        Map<String, Object> headers = new HashMap<>(admin());
        headers.put("id", "no-such-run");

        assertError(call("direct:api-retrain-run", null, headers), 404, "not-found", "no-such-run");
    }

    @Test
    void inOpenModeUserEndpointsTakeNoTokenAndIgnoreABadOne() throws Exception {
        Exchange plain = call("direct:api-recommendations-list", null, Map.of("userId", "bob"));
        Exchange bogus = call("direct:api-interactions-record",
                "{\"userId\":\"bob\",\"productId\":\"p1\",\"action\":\"view\"}",
                Map.of("Content-Type", "application/json", "Authorization", "Bearer not-a-token"));

        assertThat(status(plain)).isEqualTo(200);
        assertThat(status(bogus)).isEqualTo(201);
        assertThat(json(call("direct:api-users-page", null, Map.of())).get("total").asInt()).isEqualTo(3);
    }

    @Test
    void statusTellsThePageThatAuthenticationIsOpen() throws Exception {
        JsonNode status = ApiJson.mapper().readTree(template.requestBody("direct:status", null, String.class));

        assertThat(status.get("auth").asText()).isEqualTo("open");
    }

    @Test
    void tenWrongAdminTokensFromOneAddressMakeItWait429WithRetryAfterWhileOthersGoOn() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertError(call("direct:api-retrain-run", null, from("10.0.0.1", "wrong")), 401, "unauthorized",
                    "the admin token is wrong");
        }

        Exchange blocked = call("direct:api-retrain-run", null, from("10.0.0.1", TOKEN));
        Exchange other = call("direct:api-retrain-run", null, from("10.0.0.2", TOKEN));

        assertError(blocked, 429, "too-many-requests", "too many failed authentications");
        assertThat(blocked.getMessage().getHeader("Retry-After", String.class)).isEqualTo("60");
        assertError(other, 404, "not-found", "no-such-run");
    }

    /** A poll of an unknown run, as the platform-http consumer hands it on from {@code address}. */
    private static Map<String, Object> from(String address, String token) {
        return Map.of("id", "no-such-run", "Authorization", "Bearer " + token,
                VertxPlatformHttpConstants.REMOTE_ADDRESS, SocketAddress.inetSocketAddress(50_000, address));
    }
}
