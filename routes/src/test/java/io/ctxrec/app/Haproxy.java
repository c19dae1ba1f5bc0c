package io.ctxrec.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Debian's HAProxy in front of a test's cluster, on a free port, with the configuration a deployment would use:
 * round robin, a health check of {@code /api/status} every 500 ms (three failed in a row: down), and retries that go to the other instance
 * when one refuses the connection, closes it without an answer or with a broken one, does not answer in time, or
 * answers 500, 502, 503 or 504 ({@code retry-on all-retryable-errors}); each request is logged to haproxy.log. The test installs
 * nothing: {@code .ci/run} installs haproxy where it is missing.
 */
final class Haproxy implements AutoCloseable {
    private final int port;
    private final Process process;

    private Haproxy(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    static Haproxy start(List<ClusterNode> nodes, Path dir) throws IOException {
        int port = ClusterNode.freePort();
        String servers = nodes.stream().map(n -> "  server " + n.name() + " 127.0.0.1:" + n.port()
                + " check inter 500 fall 3 rise 2").collect(Collectors.joining("\n"));
        Path config = dir.resolve("haproxy.cfg");
        Files.writeString(config, String.join("\n",
                "global",
                "  maxconn 256",
                "  log stdout format raw local0 info",
                "defaults",
                "  mode http",
                "  log global",
                "  option httplog",
                "  option http-buffer-request",
                "  timeout connect 1s",
                "  timeout client 30s",
                "  timeout server 20s",
                "  timeout check 2s",
                "  retries 3",
                "  option redispatch 1",
                "  retry-on all-retryable-errors",
                "frontend ctxrec",
                "  bind 127.0.0.1:" + port,
                "  default_backend instances",
                "backend instances",
                "  balance roundrobin",
                "  option httpchk GET /api/status",
                "  http-check expect status 200",
                servers, ""));
        Process p = new ProcessBuilder(executable().toString(), "-db", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("haproxy.log").toFile()).start();
        return new Haproxy(port, p);
    }

    /** haproxy on the PATH or in /usr/sbin (Debian's place, not always on a user's PATH). */
    private static Path executable() {
        Stream<String> dirs = Stream.concat(Stream.of(System.getenv().getOrDefault("PATH", "").split(":")),
                Stream.of("/usr/sbin", "/usr/local/sbin"));
        return dirs.map(d -> Path.of(d, "haproxy")).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException("haproxy is needed for ClusterIT: apt-get install haproxy"
                        + " (.ci/run installs it)"));
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
