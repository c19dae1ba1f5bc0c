package io.ctxrec.bench;

import io.ctxrec.adapters.jdbc.DatabaseSettings;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * {@code bench serve --instances}: for each count of instances in turn, that many {@code serve} processes clustered
 * on the shared database, HAProxy in front of them, and every row's load sent to the balancer; each row says where
 * the machine's CPU went meanwhile. One instance is measured through the balancer too, so that the counts differ
 * only in the instances; on a machine of two cores a second instance can only take what the first left idle, and
 * the split shows who took the rest (the balancer, the database's coherence checks, the load generator).
 */
final class BalancedServe {
    private final ServeOptions o;
    private final Map<String, String> props;
    private final DatabaseSettings db;
    private final List<String> ids;
    private final String token;
    private final Path out;
    private final BenchTable table = new BenchTable("serve-instances", List.of("instances", "scenario", "products",
            "clients", "requests", "p50 ms", "p99 ms", "req/s", "shed", "errors", "other source", "lb retries",
            "answered by", "service cpu s", "service cpu ms/req", "haproxy cpu s", "database cpu s", "generator cpu s",
            "other cpu s", "idle %", "capacity cpu s", "load1"));

    BalancedServe(ServeOptions o, Map<String, String> props, DatabaseSettings db, List<String> ids, String token)
            throws Exception {
        this.o = o;
        this.props = props;
        this.db = db;
        this.ids = ids;
        this.token = token;
        this.out = Files.createDirectories(o.out.toAbsolutePath().normalize());
    }

    /** Creates the bench's database on the local MariaDB unless it exists (--instances without --db-url). */
    static void createLocalDatabase(String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(ServeOptions.LOCAL_MARIADB, user, password);
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS " + ServeOptions.INSTANCES_DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        }
    }

    /** An instance's configuration: the shop's, clustered, on its own port, with a name the logs can tell apart. */
    static Map<String, String> instance(Map<String, String> shop, int port, String name) {
        Map<String, String> p = new LinkedHashMap<>(shop);
        p.put("ctxrec.http.port", String.valueOf(port));
        p.put("ctxrec.cluster.enabled", "true");
        p.put("ctxrec.cluster.instance-id", name);
        // Every instance's ctxrec.data.dir is --data, so the version folders in it are one store all of them read.
        p.put("ctxrec.models.store", "files");
        return p;
    }

    BenchTable run() throws Exception {
        String loadBefore = Machine.loadAverage();
        for (int n : o.instances) {
            measureWith(n);
        }
        table.note("instances", "behind HAProxy (" + out.resolve("haproxy.cfg") + ": round robin, retries 3 with "
                + "redispatch on all retryable errors, a shed 503 included; health check GET /api/status every 500 ms), "
                + "clustered on one database, sharing the model versions in " + o.data.toAbsolutePath());
        table.note("database", props.get("ctxrec.db.url"));
        table.note("shop", String.format(Locale.ROOT, "%,d users, %,d products, %,d interactions (a shop reused from "
                + "the database keeps its own)", o.users, o.products, o.interactions));
        table.note("requests", String.format(Locale.ROOT, "cycling over %d users; limit 10; %d s warm-up + %d s "
                + "measured per row; closed loop (%s, HTTP/1.1 keep-alive) to the balancer", ids.size(), o.warmup,
                o.seconds, o.usesWrk() ? "wrk" : "Java HttpClient"));
        table.note("cpu", "CPU seconds over the whole row (warm-up included) from /proc: service (each instance, "
                + "'/' between them), haproxy, database (the local mariadbd/mysqld), generator (the bench process and "
                + "its wrk runs); other: the machine's remaining busy time; idle %: of the capacity (cores x wall time)");
        table.note("answered by", "requests the balancer sent each instance over the row, retries included");
        table.note("service jvm", String.join(" ", o.serviceJvm()));
        table.note("machine", Machine.describe());
        table.note("load average before", loadBefore);
        table.note("load average after", Machine.loadAverage());
        return table;
    }

    private void measureWith(int n) throws Exception {
        List<ServiceProcess> services = new ArrayList<>();
        try {
            for (int i = 1; i <= n; i++) {
                URI base = URI.create("http://127.0.0.1:" + (o.port + i));
                System.out.printf("%nstarting instance %d of %d at %s%n", i, n, base);
                ServeClient direct = new ServeClient(base, token);
                services.add(ServiceProcess.serve(o.serviceJar, instance(props, o.port + i, "bench-" + n + "-" + i),
                        o.serviceJvm(), out.resolve("serve-" + n + "-" + i + ".log"), direct.http(), base,
                        Duration.ofMinutes(5)));
                direct.ready(ids.get(0));
            }
            List<Integer> ports = IntStream.rangeClosed(1, n).mapToObj(i -> o.port + i).toList();
            try (Balancer lb = Balancer.start(o.port, ports, out)) {
                ServeClient client = new ServeClient(URI.create("http://127.0.0.1:" + o.port), token);
                client.ready(ids.get(0));
                // Every instance gets the warm-up one instance would (n times as long through the balancer), of
                // both paths the rows measure, a list from the cache and an init: a JVM still compiling either
                // would be measured as slow as it is during its first seconds, not as it serves.
                new ClosedLoop(client.http()).run(8, Duration.ofSeconds((long) o.serviceWarmup * n), Duration.ofMillis(1),
                        k -> k % 2 == 0 ? client.init(ids.get(k / 2 % ids.size())) : client.list(ids.get(k / 2 % ids.size())),
                        body -> true);
                rows(n, services, lb, client);
            }
        } finally {
            for (int i = services.size() - 1; i >= 0; i--) {
                services.get(i).close();
            }
        }
    }

    private void rows(int n, List<ServiceProcess> services, Balancer lb, ServeClient client) throws Exception {
        try (BenchShop shop = new BenchShop(db)) {
            for (int size : o.sizes) {
                BenchServeCommand.onSale(shop, size, o.shopRefreshSeconds);
                if (size == o.listAt) {
                    for (int i = 1; i <= n; i++) {
                        new ServeClient(URI.create("http://127.0.0.1:" + (o.port + i)), token).prime(ids);
                    }
                    measure(n, services, lb, client, ServeRow.list(client, ids, ""), size, o.clients);
                }
                measure(n, services, lb, client, ServeRow.init(client, ids, size, ""), size, o.clients);
            }
            if (!o.noOverload) {
                BenchServeCommand.onSale(shop, o.overloadSize, o.shopRefreshSeconds);
                measure(n, services, lb, client, ServeRow.init(client, ids, o.overloadSize, " overload"),
                        o.overloadSize, o.overloadClients);
            }
        }
    }

    private void measure(int n, List<ServiceProcess> services, Balancer lb, ServeClient client, ServeRow row, int size,
                         int[] clients) throws Exception {
        Map<String, LongSupplier> parts = new LinkedHashMap<>();
        for (int i = 0; i < services.size(); i++) {
            long pid = services.get(i).pid();
            parts.put("service " + (i + 1), () -> CpuSplit.processTicks(pid));
        }
        parts.put("haproxy", () -> CpuSplit.processTicks(lb.pid()));
        long database = CpuSplit.databaseServer().orElse(-1L);
        parts.put("database", () -> database < 0 ? -1 : CpuSplit.processTicks(database));
        parts.put("generator", CpuSplit::ownAndChildrenTicks);
        for (int c : clients) {
            Map<String, Long> lbBefore = lb.counters();
            CpuSplit.Sample before = CpuSplit.sample(parts);
            ClosedLoop.Result r = row.run(o, client, ids, c);
            CpuSplit cpu = CpuSplit.between(before, CpuSplit.sample(parts));
            Map<String, Long> lbAfter = lb.counters();
            String answeredBy = lbAfter.keySet().stream().filter(k -> k.matches("i\\d+"))
                    .map(k -> String.valueOf(lbAfter.get(k) - lbBefore.getOrDefault(k, 0L)))
                    .collect(Collectors.joining("/"));
            long retries = lbAfter.getOrDefault("retries", 0L) - lbBefore.getOrDefault("retries", 0L);
            String perInstance = cpu.seconds().entrySet().stream().filter(e -> e.getKey().startsWith("service"))
                    .map(e -> BenchTable.text(e.getValue())).collect(Collectors.joining("/"));
            double serviceMsPerRequest = 1000 * cpu.sum("service") / Math.max(1, r.answered());
            String load1 = Machine.loadAverage().split(" ")[0];
            table.row(n, row.name(), size, c, r.requests(), r.medianMs(), r.p99Ms(), r.perSecond(), r.shed(),
                    r.errors(), r.unexpected(), retries, answeredBy, perInstance, serviceMsPerRequest,
                    cpu.sum("haproxy"), cpu.sum("database"), cpu.sum("generator"), cpu.otherSeconds(),
                    cpu.percent(cpu.idleSeconds()), cpu.capacitySeconds(), load1);
            System.out.printf(Locale.ROOT, "%d instance(s) %-16s %,7d products %3d clients: p50 %.2f p99 %.2f ms, "
                    + "%.0f req/s, %d shed, %d errors, %d retries, by %s; cpu s: service %s, haproxy %.1f, database "
                    + "%.1f, generator %.1f, other %.1f, idle %.0f %%; load %s%n", n, row.name(), size, c, r.medianMs(),
                    r.p99Ms(), r.perSecond(), r.shed(), r.errors(), retries, answeredBy, perInstance,
                    cpu.sum("haproxy"), cpu.sum("database"), cpu.sum("generator"), cpu.otherSeconds(),
                    cpu.percent(cpu.idleSeconds()), load1);
        }
    }
}
