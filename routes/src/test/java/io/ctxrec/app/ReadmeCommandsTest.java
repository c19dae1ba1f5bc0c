package io.ctxrec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's promises to a newcomer: every {@code curl} line of it, run with the real curl against a
 * running service (its {@code localhost:8080} replaced by the test service's address), succeeds; and its
 * tables render (no blank line inside one, which ends the table and shows the rest as literal pipes).
 */
class ReadmeCommandsTest {
    private static final String TOKEN = "openapi-token"; // the shared service's, as OpenApiDocumentTest's
    private static final Path README = Path.of("../README.md");

    @Test
    void everyCurlLineOfTheReadmeSucceedsAgainstARunningService() throws Exception {
        List<String> commands = Files.readAllLines(README).stream().map(String::trim)
                .filter(l -> l.startsWith("curl ")).toList();
        assertThat(commands).as("the README's curl lines").hasSizeGreaterThanOrEqualTo(10);
        DemoService service = DemoService.shared(TOKEN);
        String address = service.base().replaceFirst("^http://", "");

        for (String command : commands) {
            String run = command.replaceFirst("\\s+#[^'\"]*$", "").replace("localhost:8080", address) + " -sS --fail-with-body -o /dev/null -w '%{http_code}'";
            ProcessBuilder shell = new ProcessBuilder("bash", "-c", run).redirectErrorStream(true);
            shell.environment().put("CTXREC_ADMIN_TOKEN", TOKEN);
            Process curl = shell.start();
            assertThat(curl.waitFor(60, TimeUnit.SECONDS)).as(command).isTrue();
            String out = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(curl.exitValue()).as(command + " -> " + out).isZero();
            assertThat(out).as(command).matches("2\\d\\d");
        }
    }

    @Test
    void noTableOfTheReadmeHasABlankLineInside() throws Exception {
        List<String> lines = Files.readAllLines(README);
        List<String> broken = new ArrayList<>();
        for (int i = 1; i + 1 < lines.size(); i++) {
            if (lines.get(i).isBlank() && lines.get(i - 1).startsWith("|") && lines.get(i + 1).startsWith("|")) {
                broken.add("line " + (i + 1) + ", before: " + lines.get(i + 1));
            }
        }
        assertThat(broken).isEmpty();
    }
}
