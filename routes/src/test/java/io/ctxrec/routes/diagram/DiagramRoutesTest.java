package io.ctxrec.routes.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import io.ctxrec.routes.api.NoHttpEngine;
import org.junit.jupiter.api.Test;

class DiagramRoutesTest {

    @Test
    void routeDiagramEndpointDrawsTheRunningRoutesIncludingItself() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.getRegistry().bind("platform-http-engine", new NoHttpEngine());
            context.addRoutes(new DiagramRoutes());
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("timer:tick?repeatCount=1&delay=600000").routeId("tick").to("direct:route-diagram");
                }
            });
            context.start();

            Exchange reply = context.createProducerTemplate().request("direct:route-diagram", e -> { });
            String text = reply.getMessage().getBody(String.class);

            assertTrue(text.startsWith("flowchart LR\n"), text);
            assertTrue(text.contains("r_route_diagram_http[\"route-diagram-http<br/>GET /api/diagram/routes\"]"), text);
            assertTrue(text.contains("    r_route_diagram_http --> r_route_diagram\n"), text);
            assertTrue(text.contains("    r_tick --> r_route_diagram\n"), text);
            assertEquals("text/plain; charset=utf-8", reply.getMessage().getHeader(Exchange.CONTENT_TYPE));
        }
    }
}
