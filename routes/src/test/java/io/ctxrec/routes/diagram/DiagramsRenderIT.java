package io.ctxrec.routes.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctxrec.adapters.jdbc.Database;
import io.ctxrec.adapters.jdbc.JdbcAdapters;
import io.ctxrec.adapters.jdbc.TestDatabase;
import io.ctxrec.app.ServiceGraphFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.RouteDefinition;
import org.junit.jupiter.api.Test;

/** Every diagram renders in a real browser with Mermaid; a diagram that does not parse fails the build. */
class DiagramsRenderIT {
    private static final Path ROOT = Path.of("..");
    private static final Path OUT = Path.of("target/diagrams");

    @Test
    void everyMermaidFileUnderSrcRendersToSvg() throws Exception {
        List<Path> diagrams;
        try (Stream<Path> files = Files.walk(ROOT.resolve("src"))) {
            diagrams = files.filter(p -> p.toString().endsWith(".mmd")).sorted().toList();
        }
        assertFalse(diagrams.isEmpty(), "no .mmd file under ../src");
        for (Path mmd : diagrams) {
            assertRenders(mmd, OUT.resolve(mmd.getFileName().toString().replace(".mmd", ".svg")));
        }
    }

    @Test
    void theRouteDiagramOfTheApplicationsRoutesRendersToSvg() throws Exception {
        String text = RouteDiagram.of(applicationRoutes());
        assertTrue(text.contains("-->|parallel| r_score_encm"), text);
        assertTrue(text.contains("r_recommendations_compute -->|enrich| r_recommendations_user_rows"), text);
        assertTrue(text.contains("r_recommendations_score -->|circuit breaker, enrich| r_score_models"), text);
        assertTrue(text.contains("r_GET__api_recommendations_list[\"GET /api/recommendations/list\"]"), text);
        assertTrue(text.contains("r_GET__api_recommendations_list --> r_api_recommendations_list"), text);
        assertTrue(text.contains("r_retrain_schedule --> r_retrain"), text);
        Path mmd = OUT.resolve("routes.mmd");
        Files.createDirectories(OUT);
        Files.writeString(mmd, text, StandardCharsets.UTF_8);

        assertRenders(mmd, OUT.resolve("routes.svg"));
    }

    @Test
    void aDiagramThatDoesNotParseMakesTheRenderingFail() throws Exception {
        Path broken = OUT.resolve("broken.mmd");
        Files.createDirectories(OUT);
        Files.writeString(broken, "flowchart TB\n    A[unclosed --> B((x\n", StandardCharsets.UTF_8);

        Result result = render(broken, OUT.resolve("broken.svg"));

        assertNotEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("Parse error"), result.output());
        assertFalse(Files.exists(OUT.resolve("broken.svg")) && Files.size(OUT.resolve("broken.svg")) > 0);
    }

    /**
     * The route builders of the service's graph (their REST verbs are routes once added), over an empty H2
     * database. Only their model is read; nothing runs.
     */
    private static List<RouteDefinition> applicationRoutes() throws Exception {
        try (Database database = Database.open(TestDatabase.h2().settings());
             DefaultCamelContext context = new DefaultCamelContext()) {
            ServiceGraphFixture service = ServiceGraphFixture.over(JdbcAdapters.of(database), database.dataSource(),
                    Files.createTempDirectory("ctxrec-diagram"));
            for (RoutesBuilder builder : service.graph().routes()) {
                context.addRoutes(builder);
            }
            return new ArrayList<>(((ModelCamelContext) context).getRouteDefinitions());
        }
    }

    private static void assertRenders(Path mmd, Path svg) throws Exception {
        Result result = render(mmd, svg);
        assertEquals(0, result.exitCode(), mmd + ": " + result.output());
        assertTrue(Files.size(svg) > 0, svg + " is empty");
        assertTrue(Files.readString(svg).contains("<svg"), svg + " is not an SVG");
    }

    private static Result render(Path mmd, Path svg) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(ROOT.resolve("scripts/render-mermaid.sh").toString(),
                mmd.toString(), svg.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "rendering " + mmd + " timed out");
        return new Result(process.exitValue(), output);
    }

    private record Result(int exitCode, String output) {
    }
}
