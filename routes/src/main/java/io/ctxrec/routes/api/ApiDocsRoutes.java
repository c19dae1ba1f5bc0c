package io.ctxrec.routes.api;

import java.util.Locale;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;

/**
 * {@code GET /api/openapi.json} (YAML when the client accepts {@code text/yaml} or {@code application/yaml})
 * and {@code GET /api/openapi.yaml}: the {@link OpenApiDocument}, its server this service's address and port.
 * Swagger UI over it ({@code /api/docs}) is a page of the web assets.
 */
public class ApiDocsRoutes extends RouteBuilder {
    static final String YAML = "text/yaml; charset=utf-8";

    @Override
    public void configure() {
        from("platform-http:/api/openapi.json?httpMethodRestrict=GET").routeId("openapi-json-http")
                .to("direct:api-openapi");
        from("platform-http:/api/openapi.yaml?httpMethodRestrict=GET").routeId("openapi-yaml-http")
                .setHeader("Accept", constant("text/yaml"))
                .to("direct:api-openapi");

        from("direct:api-openapi").routeId("api-openapi")
                .routeConfigurationId(ApiErrorHandling.ID)
                .process(ApiDocsRoutes::describe);
    }

    private static void describe(Exchange exchange) {
        Message m = exchange.getMessage();
        OpenApiDocument document = new OpenApiDocument(exchange.getContext());
        String server = serverUrl(exchange.getContext());
        String accept = m.getHeader("Accept", "", String.class).toLowerCase(Locale.ROOT);
        boolean yaml = accept.contains("yaml") && !accept.contains("json");
        m.setBody(yaml ? document.yaml(server) : document.json(server));
        m.setHeader(Exchange.CONTENT_TYPE, yaml ? YAML : "application/json");
    }

    /** The configured host and port; a wildcard host ({@code 0.0.0.0}) as {@code localhost}. */
    static String serverUrl(CamelContext context) {
        String host = context.resolvePropertyPlaceholders("{{ctxrec.http.host:0.0.0.0}}");
        String port = context.resolvePropertyPlaceholders("{{ctxrec.http.port:8080}}");
        return "http://" + (host.isBlank() || host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host)
                + ":" + port;
    }
}
