package io.ctxrec.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchTableTest {

    @Test
    void printsAlignedAndWritesCsvAndJson(@TempDir Path dir) throws Exception {
        BenchTable t = new BenchTable("demo", List.of("model", "HR@10", "samples/s"))
                .row("NeuMF", 0.6512, 123456.7)
                .row("BMF, biased", null, 12.0)
                .note("machine", "2 cores");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<Path> files = t.publish(new PrintStream(bytes, true, StandardCharsets.UTF_8), dir.resolve("bench"));

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("NeuMF        0.6512     123457"), printed);
        assertTrue(printed.contains("machine: 2 cores"), printed);
        assertEquals(List.of("model,HR@10,samples/s", "NeuMF,0.6512,123456.7", "\"BMF, biased\",,12.0"),
                Files.readAllLines(files.get(0)));
        JsonNode json = new ObjectMapper().readTree(files.get(1).toFile());
        assertEquals("demo", json.get("benchmark").asText());
        assertEquals(0.6512, json.get("rows").get(0).get("HR@10").asDouble());
        assertTrue(json.get("rows").get(1).get("HR@10").isNull());
        assertEquals("2 cores", json.get("notes").get("machine").asText());
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        BenchTable t = new BenchTable("x", List.of("a", "b"));
        assertThrows(IllegalArgumentException.class, () -> t.row("only one"));
    }
}
