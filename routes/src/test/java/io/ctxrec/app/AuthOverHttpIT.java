package io.ctxrec.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.ctxrec.adapters.jdbc.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole service as `serve` wires it, in jwt mode (HS256) behind a proxy that sets X-Forwarded-For, over real
 * HTTP on MariaDB: the status says jwt; what users may do with their own tokens, another user's id, an admin's
 * token, none; and the limit on failed authentications, with the headers and JSON the client sees.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthOverHttpIT {
    private static final String ADMIN_TOKEN = "it-admin-token";
    private static final String SECRET = "the-shop-and-ctxrec-share-this-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private DemoService service;

    @BeforeAll
    void startService() throws Exception {
        service = DemoService.start(TestDatabase.mariaDb(), ADMIN_TOKEN, Map.of("ctxrec.auth.mode", "jwt",
                "ctxrec.auth.jwt.secret", SECRET, "ctxrec.auth.failures.address-header", "X-Forwarded-For"));
    }

    @AfterAll
    void stopService() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void theStatusTellsThePageThatTokensAreNeeded() throws Exception {
        assertThat(JSON.readTree(send(get("/api/status")).body()).get("auth").asText()).isEqualTo("jwt");
    }

    @Test
    void aUserReadsAndRecordsForThemselvesOnlyWithTheirToken() throws Exception {
        String alice = token("u00007", List.of());

        HttpResponse<String> none = send(get("/api/recommendations/list?userId=u00007"));
        HttpResponse<String> own = send(get("/api/recommendations/list?userId=u00007").header("Authorization", "Bearer " + alice));
        HttpResponse<String> other = send(post("/api/interactions", "{\"userId\":\"u00008\",\"productId\":\"p00001\","
                + "\"action\":\"purchase\"}").header("Authorization", "Bearer " + alice));

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"ctxrec\"");
        assertThat(error(none).get("code").asText()).isEqualTo("unauthorized");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(JSON.readTree(own.body()).get("userId").asText()).isEqualTo("u00007");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(error(other).get("message").asText()).contains("'u00007' only, not for 'u00008'");
    }

    @Test
    void listingUsersIsTheAdminsAndAnExpiredTokenIs401() throws Exception {
        String admin = token("ops", List.of("admin"));
        String expired = sign(new JWTClaimsSet.Builder().subject("u00007")
                .expirationTime(Date.from(Instant.now().minus(Duration.ofHours(1)))).build());

        assertThat(send(get("/api/users?limit=1").header("Authorization", "Bearer " + token("u00007", List.of())))
                .statusCode()).isEqualTo(403);
        assertThat(send(get("/api/users?limit=1").header("Authorization", "Bearer " + admin)).statusCode()).isEqualTo(200);
        HttpResponse<String> late = send(get("/api/recommendations/list?userId=u00007").header("Authorization", "Bearer " + expired));
        assertThat(late.statusCode()).isEqualTo(401);
        assertThat(late.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("invalid_token");
        assertThat(error(late).get("message").asText()).contains("the token expired at");
    }

    @Test
    void tenFailuresFromOneClientAddressGet429WithRetryAfterAndOtherClientsGoOn() throws Exception {
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> wrong = send(get("/api/admin/retrain/none").header("X-Forwarded-For", "10.1.1.1, 203.0.113.9")
                    .header("Authorization", "Bearer guess-" + i));
            assertThat(wrong.statusCode()).isEqualTo(401);
        }

        HttpResponse<String> blocked = send(get("/api/admin/retrain/none").header("X-Forwarded-For", "203.0.113.9")
                .header("Authorization", "Bearer " + ADMIN_TOKEN));
        HttpResponse<String> other = send(get("/api/admin/retrain/none").header("X-Forwarded-For", "203.0.113.10")
                .header("Authorization", "Bearer " + ADMIN_TOKEN));

        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(Integer.parseInt(blocked.headers().firstValue("Retry-After").orElseThrow())).isBetween(1, 60);
        assertThat(error(blocked).get("code").asText()).isEqualTo("too-many-requests");
        assertThat(other.statusCode()).isEqualTo(404);
    }

    private static String token(String user, List<String> roles) throws JOSEException {
        return sign(new JWTClaimsSet.Builder().subject(user).claim("roles", roles)
                .expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(5)))).build());
    }

    private static String sign(JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(service.base() + path)).GET();
    }

    private HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(URI.create(service.base() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode error(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body()).get("error");
    }
}
