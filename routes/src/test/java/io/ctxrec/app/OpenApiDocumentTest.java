package io.ctxrec.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.camel.Route;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The OpenAPI description of the running service: valid for swagger-parser, served as JSON and YAML, with
 * every HTTP endpoint, typed parameters and replies, the errors; and the service's real replies validated
 * against it by Atlassian's swagger-request-validator, so the description cannot drift from what is sent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTest {
    private static final String TOKEN = "openapi-token";
    /** The web page's files, which are not API. */
    private static final Set<String> PAGE_PATHS = Set.of("/", "/index.html", "/ui", "/vendor", "/diagrams");

    private final HttpClient http = HttpClient.newHttpClient();
    private DemoService service;
    private String json;
    private OpenAPI api;
    private OpenApiInteractionValidator validator;

    @BeforeAll
    void start() throws Exception {
        service = DemoService.shared(TOKEN);
        HttpResponse<String> r = get("/api/openapi.json", "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        json = r.body();
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(json);
        assertThat(parsed.getMessages()).as("swagger-parser's complaints").isEmpty();
        api = parsed.getOpenAPI();
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(json).build();
    }

    @Test
    void theServerIsTheServicesAddressWithItsPort() {
        assertThat(api.getServers()).hasSize(1);
        assertThat(api.getServers().get(0).getUrl()).isEqualTo(service.base());
    }

    @Test
    void everyHttpEndpointOfTheRunningServiceIsDescribed() {
        Set<String> served = service.camel().getRoutes().stream().map(Route::getEndpoint)
                .map(e -> e.getEndpointUri()).filter(u -> u.startsWith("platform-http:"))
                .map(u -> u.substring("platform-http:".length()).replaceFirst("^//", "").replaceFirst("\\?.*$", ""))
                .map(p -> p.startsWith("/") ? p : "/" + p)
                .filter(p -> !PAGE_PATHS.contains(p)).collect(Collectors.toSet());
        served.addAll(Set.of("/api/recommendations/list", "/api/models", "/api/admin/retrain/{id}"));

        served.forEach(path -> assertThat(api.getPaths().keySet()).as(path)
                .anyMatch(p -> p.equals(path) || p.startsWith(path + "/")));
        assertThat(api.getPaths().keySet()).contains("/health", "/health/live", "/health/ready", "/metrics", "/api/status", "/api/diagram/routes", "/api/docs");
    }

    @Test
    void parametersAndRepliesAreTypedAndEveryOperationDescribesItsErrors() {
        Operation products = api.getPaths().get("/api/products").getGet();
        assertThat(products.getParameters()).filteredOn(p -> Set.of("limit", "offset").contains(p.getName()))
                .allSatisfy(p -> assertThat(p.getSchema().getType()).isEqualTo("integer"));
        Schema<?> page = schemaOf(products, "200");
        assertThat(((Schema<?>) page.getProperties().get("items")).getItems().get$ref()).endsWith("/Product");
        assertThat(schemaOf(api.getPaths().get("/api/models").getGet(), "200").getProperties()).containsKeys(
                "activeVersion", "models", "runs", "training", "families");
        assertThat(schemaOf(api.getPaths().get("/api/recommendations").getDelete(), "200").getProperties())
                .containsKeys("userId", "removed");
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) ->
                assertThat(op.getResponses().keySet()).as(method + " " + path)
                        .anyMatch(code -> code.startsWith("4") || code.startsWith("5"))));
        assertThat(api.getPaths().get("/api/admin/retrain").getPost().getSecurity()).isNotEmpty();
        assertThat(api.getPaths().get("/api/admin/retrain").getPost().getResponses()).containsKeys("202", "401", "409");
    }

    @Test
    void theDescriptionIsAlsoServedAsYaml() throws Exception {
        for (HttpResponse<String> r : List.of(get("/api/openapi.json", "text/yaml"), get("/api/openapi.yaml", "*/*"))) {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("yaml"));
            assertThat(r.body()).startsWith("openapi: ");
            SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(r.body());
            assertThat(parsed.getMessages()).isEmpty();
            assertThat(parsed.getOpenAPI().getPaths().keySet()).isEqualTo(api.getPaths().keySet());
        }
    }

    @Test
    void swaggerUiIsServedAtApiDocs() throws Exception {
        HttpResponse<String> page = get("/api/docs", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui-bundle.js").contains("/ui/api-docs.js");
        assertThat(get("/vendor/swagger-ui-bundle.js", "*/*").body()).contains("SwaggerUIBundle");
        assertThat(get("/ui/api-docs.js", "*/*").body()).contains("/api/openapi.json");
    }

    @Test
    void theServicesRealRepliesMatchTheDescription() throws Exception {
        expectValid("GET", "/api/status", null);
        expectValid("GET", "/health", null);
        expectValid("GET", "/health/live", null);
        expectValid("GET", "/health/ready", null);
        expectValid("GET", "/api/products?limit=3&offset=1", null);
        expectValid("GET", "/api/users?limit=2&prefix=u0", null);
        expectValid("GET", "/api/models", null);
        expectValid("GET", "/api/recommendations/list?userId=u00003&limit=4&deviceType=mobile", null);
        expectValid("POST", "/api/recommendations/init?userId=u00003&limit=2", null);
        expectValid("POST", "/api/interactions",
                "{\"userId\":\"u00003\",\"productId\":\"p00001\",\"action\":\"view\",\"deviceType\":\"tablet\"}");
        expectValid("POST", "/api/ratings", "{\"userId\":\"u00003\",\"productId\":\"p00001\",\"stars\":4}");
        expectValid("DELETE", "/api/recommendations?userId=u00003", null);
        // errors: the error body, with the status the description names
        assertThat(expectValid("GET", "/api/recommendations/list?userId=u00003&limit=x", null)).isEqualTo(400);
        assertThat(expectValid("POST", "/api/ratings", "{\"userId\":\"u00003\"}")).isEqualTo(400);
        assertThat(expectValid("GET", "/api/products?limit=1000", null)).isEqualTo(400);
    }

    /** Sends the request, checks the reply against the description, returns the status. */
    private int expectValid(String method, String pathAndQuery, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(service.base() + pathAndQuery))
                .header("Accept", "application/json");
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        HttpResponse<String> r = http.send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String path = pathAndQuery.replaceFirst("\\?.*$", "");
        SimpleResponse response = SimpleResponse.Builder.status(r.statusCode())
                .withContentType(r.headers().firstValue("Content-Type").orElse("")).withBody(r.body()).build();
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method), response);
        assertThat(report.getMessages()).as(method + " " + pathAndQuery + " -> " + r.statusCode() + " " + r.body())
                .isEmpty();
        return r.statusCode();
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(service.base() + path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Schema<?> schemaOf(Operation op, String status) {
        Schema<?> s = op.getResponses().get(status).getContent().get("application/json").getSchema();
        return s.get$ref() == null ? s : api.getComponents().getSchemas().get(s.get$ref().replaceFirst(".*/", ""));
    }
}
