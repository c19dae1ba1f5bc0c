package io.ctxrec.routes.api;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.rest.RestBindingMode;

/**
 * The REST DSL on platform-http (its OpenAPI description: {@link OpenApiDocument}). Binding is off: each
 * API route reads and writes its own JSON, so a malformed body is an exception the error handling
 * turns into a JSON 400, not the binding's plain-text reply.
 */
public class ApiRestConfiguration extends RouteBuilder {

    @Override
    public void configure() {
        restConfiguration().component("platform-http").bindingMode(RestBindingMode.off)
                .inlineRoutes(false); // keep the direct: routes callable on their own (tests, other routes)
    }
}
