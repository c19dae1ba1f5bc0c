package io.ctxrec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link ServeJvm#exec} in a JVM of its own (it replaces the process it runs in). */
class ServeJvmExecTest {
    /** Opens a file, then replaces itself with a shell that prints its PID, an environment variable and its descriptors. */
    public static void main(String[] args) throws Exception {
        try (FileInputStream open = new FileInputStream("/proc/self/status")) {
            System.out.println("java pid=" + ProcessHandle.current().pid() + " open=" + open.getFD().valid());
            String failed = ServeJvm.exec(List.of("/bin/sh", "-c", "echo \"sh pid=$$ extra=$CTXREC_EXEC_TEST\"; ls /proc/$$/fd"),
                    Map.of("CTXREC_EXEC_TEST", "given"));
            System.out.println("not replaced: " + failed);
        }
    }

    @Test
    void theProcessBecomesTheCommand_withTheExtraEnvironment_andOnlyStandardDescriptors() throws Exception {
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ServeJvmExecTest.class.getName())
                .redirectErrorStream(true).start();
        String out = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(out).contains("java pid=" + java.pid() + " open=true", "sh pid=" + java.pid() + " extra=given")
                .doesNotContain("not replaced");
        List<String> descriptors = out.lines().dropWhile(l -> !l.startsWith("sh pid=")).skip(1).toList();
        assertThat(descriptors).as(out).containsExactlyInAnyOrder("0", "1", "2");
        assertThat(java.exitValue()).isZero();
    }
}
