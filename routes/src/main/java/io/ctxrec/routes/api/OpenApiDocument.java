package io.ctxrec.routes.api;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.core.util.Yaml31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.camel.CamelContext;
import org.apache.camel.openapi.BeanConfig;
import org.apache.camel.openapi.RestOpenApiReader;
import org.apache.camel.openapi.RestOpenApiSupport;

/**
 * The service's OpenAPI description: what camel-openapi-java generates from the REST DSL, completed with
 * {@code openapi/ctxrec-extra.yaml} (the plain platform-http endpoints, the error body), the server as the
 * client reached it, the error replies each operation can give, and the admin token as a bearer scheme.
 */
public final class OpenApiDocument {
    static final String EXTRA = "openapi/ctxrec-extra.yaml";
    private static final String ERRORS = "#/components/responses/";
    private static final String AUTHORIZATION = "Authorization";
    /** The endpoints that act for a user: in jwt mode they take the user's token (api.auth.Access checks it). */
    private static final Set<String> ACTING_FOR_A_USER = Set.of("/api/recommendations/list",
            "/api/recommendations/init", "/api/recommendations", "/api/interactions", "/api/ratings", "/api/users");

    private final CamelContext context;

    public OpenApiDocument(CamelContext context) {
        this.context = context;
    }

    /** The description as JSON, its server {@code serverUrl} (such as {@code http://localhost:8080}). */
    public String json(String serverUrl) {
        OpenAPI api = build(serverUrl);
        return (api.getSpecVersion() == SpecVersion.V31 ? Json31.pretty(api) : Json.pretty(api));
    }

    public String yaml(String serverUrl) {
        OpenAPI api = build(serverUrl);
        return (api.getSpecVersion() == SpecVersion.V31 ? Yaml31.pretty(api) : Yaml.pretty(api));
    }

    OpenAPI build(String serverUrl) {
        OpenAPI api = generated();
        OpenAPI extra = extra();
        api.setInfo(new Info().title("ctxrec").version("0.1.0").description("Contextual product recommendations: "
                + "a user's ranked list for a device, time and context, the feedback it learns from, the models "
                + "and their training. Every error is {\"error\":{\"code\":...,\"message\":...}}."));
        api.setServers(List.of(new Server().url(serverUrl).description("this service")));
        extra.getPaths().forEach(api::path);
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        extra.getComponents().getSchemas().forEach(components::addSchemas);
        extra.getComponents().getResponses().forEach(components::addResponses);
        extra.getComponents().getSecuritySchemes().forEach(components::addSecuritySchemes);
        api.setComponents(components);
        OpenApiJavaTypes.apply(api);
        api.getPaths().forEach((path, item) -> item.readOperationsMap().values().forEach(op -> complete(path, op)));
        return api;
    }

    /** The errors an operation can answer with, by what it takes; the admin token as the bearer scheme. */
    private void complete(String path, Operation op) {
        ApiResponses responses = op.getResponses();
        if (ACTING_FOR_A_USER.contains(path)) {
            op.addSecurityItem(new SecurityRequirement()); // open mode: no credential
            op.addSecurityItem(new SecurityRequirement().addList("userToken"));
            op.addSecurityItem(new SecurityRequirement().addList("adminToken"));
            addError(responses, "401", "Unauthorized");
            addError(responses, "403", "Forbidden");
            addError(responses, "429", "TooManyRequests");
        }
        addError(responses, "503", "Unavailable"); // load shed, or the database unreachable (ErrorReplies)
        List<Parameter> params = op.getParameters() == null ? new ArrayList<>() : new ArrayList<>(op.getParameters());
        if (params.removeIf(p -> "header".equals(p.getIn()) && AUTHORIZATION.equalsIgnoreCase(p.getName()))) {
            op.addSecurityItem(new SecurityRequirement().addList("adminToken"));
            addError(responses, "401", "Unauthorized");
            addError(responses, "429", "TooManyRequests");
        }
        op.setParameters(params.isEmpty() ? null : params);
        if (!params.isEmpty() || op.getRequestBody() != null) {
            addError(responses, "400", "BadRequest");
        }
        if (op.getRequestBody() != null) {
            addError(responses, "415", "UnsupportedMediaType");
        }
        if (params.stream().anyMatch(p -> "path".equals(p.getIn()))) {
            addError(responses, "404", "NotFound");
        }
        if (!responses.containsKey("500")) {
            addError(responses, "500", "InternalError");
        }
        // A 4xx declared in the REST DSL (such as 409) says why; its body is the error body too.
        responses.forEach((code, response) -> {
            if (code.matches("[45]\\d\\d") && response.get$ref() == null && response.getContent() == null) {
                response.setContent(new Content().addMediaType("application/json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Error"))));
            }
        });
    }

    private static void addError(ApiResponses responses, String code, String name) {
        responses.putIfAbsent(code, new ApiResponse().$ref(ERRORS + name));
    }

    private OpenAPI generated() {
        BeanConfig config = new BeanConfig();
        config.setTitle("ctxrec");
        config.setVersion("3.0.3"); // the OpenAPI version (3.0: what swagger-parser and most tools validate fully)
        config.setSchemes(new String[] {"http"});
        config.setBasePath("/");
        try {
            return new RestOpenApiReader().read(context, new RestOpenApiSupport().getRestDefinitions(context), config,
                    context.getName(), context.getClassResolver());
        } catch (Exception e) {
            throw new IllegalStateException("cannot generate the OpenAPI description from the REST DSL", e);
        }
    }

    private static OpenAPI extra() {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(EXTRA)) {
            if (in == null) {
                throw new IllegalStateException(EXTRA + " is missing from the class path");
            }
            OpenAPI extra = new OpenAPIV3Parser().readContents(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .getOpenAPI();
            if (extra == null) {
                throw new IllegalStateException(EXTRA + " is not an OpenAPI document");
            }
            return extra;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
