package io.ctxrec.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The packaged bench jar as it is run: {@code java -jar bench/target/ctxrec-bench.jar ...}. */
class BenchJarIT {
    private static final Path JAR = Path.of("target/ctxrec-bench.jar");

    @Test
    void theJarRunsTheBenchmarksCommandLine() throws Exception {
        Result help = java("-jar", JAR.toString(), "--help");

        assertThat(help.code).as(help.output).isZero();
        assertThat(help.output).contains("Usage: ctxrec-bench", "quality", "train", "serve");
    }

    @Test
    void theJarCarriesTheServiceThatBenchServeStartsFromIt() throws Exception {
        // ServiceProcess runs io.ctxrec.app.CtxrecCli from this jar's class path unless --service-jar is given.
        Result help = java("-cp", JAR.toString(), "io.ctxrec.app.CtxrecCli", "--help");

        assertThat(help.code).as(help.output).isZero();
        assertThat(help.output).contains("Usage: ctxrec", "serve", "generate");
    }

    private record Result(int code, String output) {
    }

    private static Result java(String... args) throws Exception {
        assertThat(JAR).as("the packaged jar (run after `package`)").isRegularFile();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        return new Result(p.waitFor(), out);
    }
}
