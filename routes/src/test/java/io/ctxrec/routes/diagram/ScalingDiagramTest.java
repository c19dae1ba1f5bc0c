package io.ctxrec.routes.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/SCALING.md shows the scaling diagram inline; its source is the .mmd file DiagramsRenderIT renders. */
class ScalingDiagramTest {
    private static final Path ROOT = Path.of("..");

    @Test
    void theScalingNoteEmbedsExactlyTheScalingDiagramFile() throws IOException {
        String note = Files.readString(ROOT.resolve("docs/SCALING.md"));
        String file = Files.readString(ROOT.resolve("src/diagrams/ctxrec-scaling.mmd"));
        int start = note.indexOf("```mermaid\n");
        int end = note.indexOf("\n```", start);
        assertTrue(start >= 0 && end > start, "docs/SCALING.md embeds a ```mermaid block");

        assertEquals(file, note.substring(start + "```mermaid\n".length(), end + 1));
    }

    @Test
    void theScalingDiagramNamesEachLimitItDescribes() throws IOException {
        String file = Files.readString(ROOT.resolve("src/diagrams/ctxrec-scaling.mmd"));

        assertTrue(file.startsWith("flowchart "), file.lines().findFirst().orElse(""));
        for (String part : new String[] {"read replicas", "partitioned by user", "a shared cache",
                "training data past one machine"}) {
            assertTrue(file.contains(part), part);
        }
    }
}
