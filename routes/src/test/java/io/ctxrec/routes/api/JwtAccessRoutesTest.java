package io.ctxrec.routes.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.adapters.jdbc.MutableClock;
import io.ctxrec.app.ServiceGraphFixture;
import io.vertx.core.net.SocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpConstants;
import org.junit.jupiter.api.Test;

/**
 * jwt mode (HS256) on every endpoint that names a user, the user listing and the admin API: who may act for whom,
 * what a bad token gets, and the per-address limit on failed authentications, on a clock the test moves.
 */
class JwtAccessRoutesTest extends ApiRouteTestSupport {
    private static final Instant NOW = ServiceGraphFixture.NOW;
    private static final TestTokens SHOP = TestTokens.hs256("the-shop-signs-its-user-tokens-with-this");

    private final MutableClock clock = new MutableClock(NOW);

    @Override
    ServiceGraphFixture configure(ServiceGraphFixture service) {
        return service.set("ctxrec.auth.mode", "jwt").set("ctxrec.auth.jwt.secret", "the-shop-signs-its-user-tokens-with-this")
                .clock(clock);
    }

    /** The five user endpoints, each asked for {@code user} with {@code headers}. */
    private List<Exchange> everyUserEndpoint(String user, Map<String, Object> headers) {
        Map<String, Object> json = new HashMap<>(headers);
        json.put("Content-Type", "application/json");
        Map<String, Object> query = new HashMap<>(headers);
        query.put("userId", user);
        return List.of(call("direct:api-recommendations-list", null, query),
                call("direct:api-recommendations-init", "{\"userId\":\"" + user + "\"}", json),
                call("direct:api-recommendations-clear", null, query),
                call("direct:api-interactions-record", "{\"userId\":\"" + user + "\",\"productId\":\"p1\",\"action\":\"purchase\"}", json),
                call("direct:api-ratings-record", "{\"userId\":\"" + user + "\",\"productId\":\"p1\",\"stars\":5}", json));
    }

    private static Map<String, Object> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    @Test
    void aUserTokenReadsInitsClearsAndRecordsForItsOwnUser() {
        List<Exchange> replies = everyUserEndpoint("alice", bearer(SHOP.forUser("alice", NOW)));

        assertThat(replies).extracting(ApiRouteTestSupport::status).containsExactly(200, 200, 200, 201, 201);
        assertThat(jdbc.interactionHistory().forUser("alice")).hasSize(1);
        assertThat(jdbc.ratings().count()).isEqualTo(1);
    }

    @Test
    void aUserTokenNamingAnotherUserIs403EverywhereWritesNothingAndIsCounted() throws Exception {
        for (Exchange reply : everyUserEndpoint("bob", bearer(SHOP.forUser("alice", NOW)))) {
            assertError(reply, 403, "forbidden", "this token acts for user 'alice' only, not for 'bob'");
        }
        assertThat(jdbc.interactionHistory().count()).isZero();
        assertThat(jdbc.ratings().count()).isZero();
        assertThat(template.requestBody("direct:metrics", null, String.class))
                .contains("ctxrec_auth_refusals_total{code=\"forbidden\"} 5.0");
    }

    @Test
    void withoutATokenEveryUserEndpointIs401WithWwwAuthenticate() throws Exception {
        for (Exchange reply : everyUserEndpoint("alice", Map.of())) {
            assertError(reply, 401, "unauthorized", "Authorization: Bearer <token>");
            assertThat(reply.getMessage().getHeader("WWW-Authenticate", String.class)).isEqualTo("Bearer realm=\"ctxrec\"");
        }
    }

    @Test
    void aTokenWithTheAdminRoleActsForAnyoneListsUsersAndCallsTheAdminApi() throws Exception {
        String ops = SHOP.sign(TestTokens.claims("ops", NOW).claim("roles", List.of("user", "admin")).build());

        assertThat(everyUserEndpoint("bob", bearer(ops))).extracting(ApiRouteTestSupport::status)
                .containsExactly(200, 200, 200, 201, 201);
        assertThat(json(call("direct:api-users-page", null, bearer(ops))).get("total").asInt()).isEqualTo(3);
        Map<String, Object> poll = new HashMap<>(bearer(ops));
        poll.put("id", "no-such-run");
        assertError(call("direct:api-retrain-run", null, poll), 404, "not-found", "no-such-run");
    }

    @Test
    void theAdminTokenActsForAnyUser() {
        assertThat(everyUserEndpoint("bob", admin())).extracting(ApiRouteTestSupport::status)
                .containsExactly(200, 200, 200, 201, 201);
    }

    @Test
    void aUserTokenMayNotCallTheAdminApiNorListUsers() throws Exception {
        Map<String, Object> alice = bearer(SHOP.forUser("alice", NOW));

        assertError(call("direct:api-retrain-start", null, alice), 403, "forbidden", "admin");
        assertError(call("direct:api-users-page", null, alice), 403, "forbidden", "admin");
        assertError(call("direct:api-users-page", null, Map.of()), 401, "unauthorized", "Bearer");
        assertThat(status(call("direct:api-products-page", null, Map.of()))).isEqualTo(200);
    }

    @Test
    void expiryAndNotBeforeAreReadOnTheServiceClockWithTheSkew() throws Exception {
        String expiredTenSecondsAgo = SHOP.sign(TestTokens.claims("alice", NOW)
                .expirationTime(Date.from(NOW.minusSeconds(10))).build());
        String validInAMinute = SHOP.sign(TestTokens.claims("alice", NOW).notBeforeTime(Date.from(NOW.plusSeconds(60))).build());
        Map<String, Object> late = Map.of("userId", "alice", "Authorization", "Bearer " + expiredTenSecondsAgo);
        Map<String, Object> early = Map.of("userId", "alice", "Authorization", "Bearer " + validInAMinute);

        assertThat(status(call("direct:api-recommendations-list", null, late))).isEqualTo(200);
        assertError(call("direct:api-recommendations-list", null, early), 401, "unauthorized",
                "the token is not valid before 2024-05-01T12:01:00Z");
        clock.advance(Duration.ofSeconds(30));
        assertError(call("direct:api-recommendations-list", null, late), 401, "unauthorized", "the token expired at");
        assertThat(status(call("direct:api-recommendations-list", null, early))).isEqualTo(200);
    }

    @Test
    void malformedAndIncompleteTokensAre401SayingWhy() throws Exception {
        Map<String, String> cases = Map.of(
                "Bearer abc", "neither the admin token nor a JWT",
                "Bearer a.b.c", "neither the admin token nor a JWT",
                "Basic YWxpY2U6c2VjcmV0", "must be 'Bearer <token>'",
                "Bearer " + SHOP.sign(TestTokens.claims(null, NOW).build()), "the token names no user (sub)",
                "Bearer " + SHOP.sign(TestTokens.claims("alice", NOW).expirationTime(null).build()), "no expiry (exp)");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Exchange reply = call("direct:api-recommendations-list", null, Map.of("userId", "alice",
                    "Authorization", c.getKey()));
            assertError(reply, 401, "unauthorized", c.getValue());
        }
    }

    @Test
    void failedTokensCountAgainstTheAddressUntilItsWindowEnds() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertError(list("10.0.0.9", "not-a-token"), 401, "unauthorized", "JWT");
        }
        String good = SHOP.forUser("alice", NOW.plusSeconds(60));

        Exchange blocked = list("10.0.0.9", good);
        clock.advance(Duration.ofSeconds(45));
        Exchange stillBlocked = list("10.0.0.9", good);
        clock.advance(Duration.ofSeconds(15));

        assertError(blocked, 429, "too-many-requests", "try again in 60 s");
        assertThat(blocked.getMessage().getHeader("Retry-After")).isEqualTo("60");
        assertThat(stillBlocked.getMessage().getHeader("Retry-After")).isEqualTo("15");
        assertThat(status(list("10.0.0.9", good))).isEqualTo(200);
    }

    private Exchange list(String address, String token) {
        return call("direct:api-recommendations-list", null, Map.of("userId", "alice", "Authorization", "Bearer " + token,
                VertxPlatformHttpConstants.REMOTE_ADDRESS, SocketAddress.inetSocketAddress(40_000, address)));
    }

    @Test
    void statusTellsThePageThatTokensAreNeeded() throws Exception {
        assertThat(ApiJson.mapper().readTree(template.requestBody("direct:status", null, String.class)).get("auth").asText())
                .isEqualTo("jwt");
    }
}
