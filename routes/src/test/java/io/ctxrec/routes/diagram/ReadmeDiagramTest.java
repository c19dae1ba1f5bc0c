package io.ctxrec.routes.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README shows the system diagram inline; its source is the .mmd file, and the two must not drift. */
class ReadmeDiagramTest {
    static final Path ROOT = Path.of("..");

    static String readmeBlock() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int section = readme.indexOf("\n## How it works\n");
        assertTrue(section >= 0, "README has a '## How it works' section");
        int start = readme.indexOf("```mermaid\n", section);
        int end = readme.indexOf("\n```", start);
        assertTrue(start > section && end > start, "the section embeds a ```mermaid block");
        return readme.substring(start + "```mermaid\n".length(), end + 1);
    }

    @Test
    void readmeEmbedsExactlyTheSystemDiagramFile() throws IOException {
        String file = Files.readString(ROOT.resolve("src/diagrams/ctxrec-system.mmd"));

        assertEquals(file, readmeBlock());
    }

    @Test
    void systemDiagramIsOneFlowchartWithTrainingInferenceAndLegend() throws IOException {
        String file = Files.readString(ROOT.resolve("src/diagrams/ctxrec-system.mmd"));

        assertTrue(file.startsWith("flowchart "), file.lines().findFirst().orElse(""));
        for (String part : new String[] {"subgraph TRAINING[", "subgraph INFERENCE[", "subgraph LEGEND[",
                "classDef training", "classDef inference", "classDef database", "classDef model"}) {
            assertTrue(file.contains(part), part);
        }
    }
}
