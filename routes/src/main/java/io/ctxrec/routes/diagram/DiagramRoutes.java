package io.ctxrec.routes.diagram;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.ModelCamelContext;

/** {@code GET /api/diagram/routes}: the running routes as a Mermaid flowchart, in plain text. */
public class DiagramRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("platform-http:/api/diagram/routes?httpMethodRestrict=GET").routeId("route-diagram-http")
                .to("direct:route-diagram");

        from("direct:route-diagram").routeId("route-diagram")
                .process(e -> e.getMessage().setBody(
                        RouteDiagram.of(((ModelCamelContext) e.getContext()).getRouteDefinitions(),
                                e.getContext()::resolvePropertyPlaceholders)))
                .setHeader(Exchange.CONTENT_TYPE, constant("text/plain; charset=utf-8"));
    }
}
