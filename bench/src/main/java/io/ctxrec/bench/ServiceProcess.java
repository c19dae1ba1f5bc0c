package io.ctxrec.bench;

import io.ctxrec.app.CtxrecCli;
import io.ctxrec.app.ServeJvm;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The service's command line ({@link CtxrecCli}) run as a child process ({@code serve}, or a one-off
 * {@code generate}/{@code train}), configured by {@code -Dctxrec.*} system properties, so the service is measured
 * as it is deployed: its own JVM, its own memory, reached over loopback HTTP only. By default it runs from this
 * process's class path (the bench jar carries the whole service, routes included), else from a given jar such
 * as {@code routes/target/ctxrec.jar}.
 */
final class ServiceProcess implements AutoCloseable {
    private final Process process;
    private final Path log;

    private ServiceProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Runs a one-off command (generate, train) to its end, its output shown; fails on a non-zero exit. */
    static void runToEnd(Map<String, String> properties, List<String> jvmOptions, String... command)
            throws IOException, InterruptedException {
        Process p = new ProcessBuilder(commandLine(null, properties, jvmOptions, command)).inheritIO().start();
        int exit = p.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("ctxrec " + String.join(" ", command) + " failed (exit " + exit + ")");
        }
    }

    /** Starts {@code serve} (from {@code jar}, null: this class path), its output to {@code log}; waits until it answers HTTP. */
    static ServiceProcess serve(Path jar, Map<String, String> properties, List<String> jvmOptions, Path log, HttpClient http,
                                URI base, Duration timeout) throws IOException, InterruptedException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder(commandLine(jar, properties, jvmOptions, "serve"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(ServeJvm.environment(System.getenv())); // as serve runs itself
        Process p = builder.start();
        ServiceProcess service = new ServiceProcess(p, log);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("the service stopped while starting (exit " + p.exitValue()
                        + "); see " + log);
            }
            try {
                http.send(HttpRequest.newBuilder(base.resolve("/health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                return service;
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        service.close();
        throw new IllegalStateException("the service did not answer within " + timeout.toSeconds() + " s; see " + log);
    }

    private static List<String> commandLine(Path jar, Map<String, String> properties, List<String> jvmOptions,
                                            String... command) {
        List<String> line = new ArrayList<>();
        line.add(ProcessHandle.current().info().command().orElse("java"));
        line.addAll(jvmOptions);
        properties.forEach((k, v) -> line.add("-D" + k + "=" + v));
        line.add("-cp");
        line.add(jar != null ? jar.toString() : System.getProperty("java.class.path"));
        line.add(CtxrecCli.class.getName());
        line.addAll(List.of(command));
        return line;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    /** Resident memory of the service process in MiB, from /proc (NaN where there is none). */
    double residentMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    /**
     * CPU time the service process has used (user + system), in ms, from /proc (NaN where there is none).
     * Unlike latency it does not grow when other processes compete for the cores.
     */
    double cpuMillis() {
        long ticks = CpuSplit.processTicks(process.pid());
        return ticks < 0 ? Double.NaN : ticks * 1000.0 / CpuSplit.TICKS_PER_SECOND;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }
}
