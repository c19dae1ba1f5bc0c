package io.ctxrec.routes.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.ModelCamelContext;
import org.junit.jupiter.api.Test;

class RouteDiagramTest {

    /** A small route set with every construct the diagram walks into. */
    static final class SmallRoutes extends RouteBuilder {
        @Override
        public void configure() {
            from("platform-http:/api/things?httpMethodRestrict=GET").routeId("things-http").to("direct:things");
            from("quartz://g/nightly?cron=0+0+3+*+*+?").routeId("nightly").to("direct:things");
            from("direct:things").routeId("things")
                    .enrich("direct:lookup", (original, found) -> original)
                    .choice()
                        .when(header("cached").isEqualTo(true)).to("direct:from-cache")
                        .otherwise().to("direct:guarded")
                    .end();
            from("direct:lookup").routeId("lookup").log("lookup");
            from("direct:from-cache").routeId("from-cache").log("cache");
            from("direct:guarded").routeId("guarded")
                    .circuitBreaker().to("direct:fan-out").enrich("direct:lookup", (original, found) -> original)
                    .onFallback().to("direct:heuristic").end();
            from("direct:fan-out").routeId("fan-out")
                    .multicast().parallelProcessing().to("direct:a.model", "direct:end").end();
            from("direct:a.model").routeId("a.model").log("a");
            from("direct:end").routeId("end").log("end");
            from("direct:heuristic").routeId("heuristic")
                    .doTry().to("direct:missing").doCatch(Exception.class).log("x").end();
        }
    }

    private static String diagramOf(RouteBuilder builder) throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.addRoutes(builder);
            return RouteDiagram.of(((ModelCamelContext) context).getRouteDefinitions());
        }
    }

    @Test
    void startsAsAMermaidFlowchartWithOneLabelledNodePerRoute() throws Exception {
        String text = diagramOf(new SmallRoutes());

        assertTrue(text.startsWith("flowchart LR\n"), text);
        assertTrue(text.contains("r_things_http[\"things-http<br/>GET /api/things\"]"), text);
        assertTrue(text.contains("r_nightly[\"nightly<br/>quartz 0 0 3 * * ?\"]"), text);
        assertTrue(text.contains("r_things[\"things<br/>direct:things\"]"), text);
    }

    @Test
    void drawsAnEdgeForEveryDirectSendOrEnrichInsideChoiceBreakerFallbackMulticastAndTry() throws Exception {
        String text = diagramOf(new SmallRoutes());

        List<String> expected = List.of(
                "r_things_http --> r_things",
                "r_nightly --> r_things",
                "r_things -->|enrich| r_lookup",
                "r_things -->|choice| r_from_cache",
                "r_things -->|choice| r_guarded",
                "r_guarded -->|circuit breaker| r_fan_out",
                "r_guarded -->|circuit breaker, enrich| r_lookup",
                "r_guarded -->|fallback| r_heuristic",
                "r_fan_out -->|parallel| r_a_model",
                "r_fan_out -->|parallel| r_end",
                "r_heuristic --> r_direct_missing");
        expected.forEach(edge -> assertTrue(text.contains("    " + edge + "\n"), edge + " in\n" + text));
        assertEquals(expected.size(), text.lines().filter(l -> l.contains("-->")).count(), text);
    }

    @Test
    void sanitisesIdsSoDotsAndKeywordsNeverReachMermaid() throws Exception {
        String text = diagramOf(new SmallRoutes());

        assertFalse(text.contains("a.model["), text);
        assertTrue(text.lines().map(String::trim).noneMatch(l -> l.startsWith("end") && !l.equals("end")),
                "only the subgraphs' own end lines: " + text);
        assertTrue(text.contains("r_direct_missing[(\"direct:missing - no route\")]"), text);
    }

    @Test
    void twoRouteIdsThatSanitiseAlikeGetDistinctNodes() {
        MermaidIds ids = new MermaidIds();

        assertEquals("r_a_b", ids.of("a.b"));
        assertEquals("r_a_b_2", ids.of("a-b"));
        assertEquals("r_a_b", ids.of("a.b"));
    }
}
