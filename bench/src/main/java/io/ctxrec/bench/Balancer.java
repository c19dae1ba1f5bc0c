package io.ctxrec.bench;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Debian's HAProxy in front of {@code bench serve --instances}, started by the bench with a configuration it
 * writes to {@code --out}: round robin, with the retries and health check of a deployment as ClusterIT tests
 * them (README "Running several instances"), so that the figures include what the balancer really does, a shed
 * 503 sent again to an instance included. Unlike the test's, it logs no request (at thousands a second the log
 * would be the balancer's largest cost); each row reads the balancer's counters from its stats socket instead.
 */
final class Balancer implements AutoCloseable {
    private static final Path DEBIAN = Path.of("/usr/sbin/haproxy");

    private final Process process;
    private final Path socket;

    private Balancer(Process process, Path socket) {
        this.process = process;
        this.socket = socket;
    }

    /**
     * The configuration: instances {@code i1…iN} on loopback at {@code servers}. Retries as the test's (three,
     * the last one to another instance, on every retryable error: a refused or broken connection, a timeout, 500,
     * 502, 503, 504); the request buffered so that a POST can be sent again.
     */
    static String config(int port, List<Integer> servers, Path socket) {
        String backends = IntStream.range(0, servers.size())
                .mapToObj(i -> "    server i%d 127.0.0.1:%d check inter 500 fall 3 rise 2".formatted(i + 1, servers.get(i)))
                .collect(Collectors.joining("\n"));
        return """
                global
                    maxconn 1024
                    stats socket %s mode 600 level operator
                defaults
                    mode http
                    option http-buffer-request
                    timeout connect 1s
                    timeout client 30s
                    timeout server 20s
                    timeout check 2s
                    retries 3
                    option redispatch 1
                    retry-on all-retryable-errors
                frontend bench
                    bind 127.0.0.1:%d
                    default_backend instances
                backend instances
                    balance roundrobin
                    option httpchk GET /api/status
                    http-check expect status 200
                %s
                """.formatted(socket, port, backends);
    }

    /** Writes haproxy.cfg to {@code dir} and starts haproxy in the foreground, its output to haproxy.log. */
    static Balancer start(int port, List<Integer> servers, Path dir) throws IOException, InterruptedException {
        Path config = dir.resolve("haproxy.cfg");
        Path socket = dir.resolve("haproxy.sock");
        Files.deleteIfExists(socket);
        Files.writeString(config, config(port, servers, socket));
        String haproxy = Files.isExecutable(DEBIAN) ? DEBIAN.toString() : "haproxy";
        Process p = new ProcessBuilder(haproxy, "-db", "-f", config.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("haproxy.log").toFile()).start();
        Balancer balancer = new Balancer(p, socket);
        for (int waited = 0; !Files.exists(socket); waited += 100) {
            if (!p.isAlive() || waited > 10_000) {
                balancer.close();
                throw new IllegalStateException("haproxy did not start; see " + dir.resolve("haproxy.log"));
            }
            Thread.sleep(100);
        }
        return balancer;
    }

    long pid() {
        return process.pid();
    }

    /** The counters now: requests each instance was sent (i1, i2…) and the backend's retries and redispatches. */
    Map<String, Long> counters() throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(ByteBuffer.wrap("show stat\n".getBytes(StandardCharsets.US_ASCII)));
            StringBuilder out = new StringBuilder();
            ByteBuffer buffer = ByteBuffer.allocate(16_384);
            while (channel.read(buffer) >= 0) {
                out.append(StandardCharsets.US_ASCII.decode(buffer.flip()));
                buffer.clear();
            }
            return counters(out.toString());
        }
    }

    /** From {@code show stat}'s CSV: each server's {@code stot}, the backend's {@code wretr} and {@code wredis}. */
    static Map<String, Long> counters(String csv) {
        String[] lines = csv.strip().split("\n");
        List<String> header = Arrays.asList(lines[0].replaceFirst("^# ", "").split(","));
        Map<String, Long> counters = new LinkedHashMap<>();
        for (String line : Arrays.copyOfRange(lines, 1, lines.length)) {
            String[] f = line.split(",", -1);
            if (f.length < header.size() || !f[0].equals("instances")) {
                continue;
            }
            if (f[1].equals("BACKEND")) {
                counters.put("retries", number(f[header.indexOf("wretr")]));
                counters.put("redispatches", number(f[header.indexOf("wredis")]));
            } else {
                counters.put(f[1], number(f[header.indexOf("stot")]));
            }
        }
        return counters;
    }

    private static long number(String field) {
        return field.isEmpty() ? 0 : Long.parseLong(field);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
