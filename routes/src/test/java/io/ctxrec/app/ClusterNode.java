package io.ctxrec.app;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One {@code java -jar target/ctxrec.jar serve} process of a test's cluster, with its log in a file (kept under
 * {@code target/} for a failure's reader); {@link #kill} stops it as a crash would (SIGKILL).
 */
final class ClusterNode implements AutoCloseable {
    static final Path JAR = Path.of("target/ctxrec.jar");

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private ClusterNode(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts {@code serve} on a free port with {@code env}, as {@code name} (and instance {@code name-1}). */
    static ClusterNode start(String name, Map<String, String> env, Path logDir) throws IOException {
        return start(name, freePort(), 1, env, logDir);
    }

    /** Starts it again on its port (a load balancer's server), as a new instance {@code name-generation}. */
    ClusterNode restart(int generation, Map<String, String> env, Path logDir) throws IOException {
        return start(name, port, generation, env, logDir);
    }

    private static ClusterNode start(String name, int port, int generation, Map<String, String> env, Path logDir)
            throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("the packaged jar " + JAR.toAbsolutePath() + " (run after `package`)");
        }
        // A heap of its own (so serve runs in this process, not a child) small enough for two beside the build.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-jar", JAR.toString(), "serve"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Path log = logDir.resolve(name + ".log");
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(env);
        pb.environment().put("CTXREC_HTTP_PORT", String.valueOf(port));
        pb.environment().put("CTXREC_HTTP_HOST", "127.0.0.1");
        pb.environment().put("CTXREC_CLUSTER_INSTANCE_ID", name + "-" + generation);
        return new ClusterNode(name, port, log, pb.start());
    }

    String name() {
        return name;
    }

    /** Whether {@code instance} (a lease owner, a run's instance) is this node, in any generation. */
    boolean is(String instance) {
        return instance != null && instance.startsWith(name + "-");
    }

    int port() {
        return port;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Path log() {
        return log;
    }

    /** As a crash: no shutdown hook, no goodbye to the database or the load balancer. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
