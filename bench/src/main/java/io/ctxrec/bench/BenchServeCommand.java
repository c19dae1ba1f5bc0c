package io.ctxrec.bench;

import io.ctxrec.adapters.jdbc.DatabaseSettings;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code bench serve}: the service in its own process on a generated shop, driven over loopback HTTP by
 * a closed-loop generator at 1, 8 and 32 clients: {@code list} answered from the cache, and {@code init}
 * (all four models) over 1,000, 10,000 and 100,000 products on sale, idle and then during one retrain; and the
 * overload curve (init over 100,000 products at 8 to 128 clients: req/s, p99 and the share shed with a 503). The
 * shop and its trained version are built once into {@code --data} and reused; one service process serves
 * every row, the products on sale changed under it through the database. With {@code --instances} the rows are
 * measured through a load balancer instead, for each count of clustered instances in turn ({@link BalancedServe}).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serving latency and throughput over HTTP: list from the cache, and init with all four "
                + "models over 1,000 / 10,000 / 100,000 products on sale, at 1, 8 and 32 clients, idle and during a "
                + "retrain; the overload curve (init at 8 to 128 clients: req/s, p99, shed %%); plus the service's "
                + "resident memory. Writes serve.csv and serve.json. --size large: the large shop (50,000 users), init "
                + "over 1,000 / 10,000 products.",
            "The first run generates the shop and trains a version into --data (minutes); later runs reuse them.",
            "--instances 1,2: the same rows (no retrain) through HAProxy in front of one, then two clustered instances on "
                + "one MariaDB database, with where the CPU went in each row; writes serve-instances.csv and .json."})
public final class BenchServeCommand implements Callable<Integer> {

    @Mixin
    ServeOptions o = new ServeOptions();

    private final String token = UUID.randomUUID().toString();

    private ServeClient client;

    @Override
    public Integer call() throws Exception {
        o.check();
        if (o.serviceJar != null && !Files.isRegularFile(o.serviceJar)) {
            throw new IllegalArgumentException("--service-jar: no such file " + o.serviceJar);
        }
        Path dataDir = o.data.toAbsolutePath().normalize();
        Files.createDirectories(dataDir);
        Map<String, String> props = o.properties(dataDir, token);
        if (o.clustered() && o.dbUrl == null) {
            BalancedServe.createLocalDatabase(o.dbUser(), o.dbPassword);
        }
        DatabaseSettings db = new DatabaseSettings(props.get("ctxrec.db.url"), o.dbUser(), o.dbPassword, 2);
        List<String> requestIds = prepare(db, props);
        client = new ServeClient(URI.create("http://127.0.0.1:" + o.port), token);

        BenchTable table = new BenchTable("serve", List.of("scenario", "products", "clients", "requests", "median ms",
                "p95 ms", "p99 ms", "req/s", "shed", "shed %", "errors", "other source", "cpu ms/req", "retrain", "rss MiB",
                "load1"));
        String loadBefore = Machine.loadAverage();
        double maxRss = 0;
        try (BenchShop shop = new BenchShop(db)) {
            shop.onSale(o.sizes[0]);
        }
        if (o.clustered()) {
            new BalancedServe(o, props, db, requestIds, token).run().publish(System.out, o.out);
            return 0;
        }
        System.out.printf("%nstarting the service (log %s)%n", dataDir.resolve("serve.log"));
        try (ServiceProcess service = ServiceProcess.serve(o.serviceJar, props, o.serviceJvm(), dataDir.resolve("serve.log"),
                client.http(), client.base(), Duration.ofMinutes(5))) {
            client.ready(requestIds.get(0));
            // Both paths the rows measure, a list from the cache and an init (as BalancedServe's instances): a JVM
            // still compiling the list's path was measured as it is in its first seconds, not as it serves.
            new ClosedLoop(client.http()).run(8, Duration.ofSeconds(o.serviceWarmup), Duration.ofMillis(1),
                    n -> n % 2 == 0 ? client.init(requestIds.get(n / 2 % requestIds.size()))
                            : client.list(requestIds.get(n / 2 % requestIds.size())), body -> true);
            // The products on sale change under the running service: its next shop reading picks them up.
            try (BenchShop shop = new BenchShop(db)) {
                for (int size : o.sizes) {
                    onSale(shop, size, o.shopRefreshSeconds);
                    if (size == o.listAt) {
                        client.prime(requestIds);
                    }
                    maxRss = Math.max(maxRss, measure(table, service, size, size == o.listAt, o.clients, "",
                            requestIds, null));
                }
                if (!o.noOverload) {
                    onSale(shop, o.overloadSize, o.shopRefreshSeconds);
                    maxRss = Math.max(maxRss, measure(table, service, o.overloadSize, false, o.overloadClients,
                            " overload", requestIds, null));
                }
                if (!o.noRetrain) {
                    String run = client.startRetrain();
                    for (int size : o.sizes) {
                        onSale(shop, size, o.shopRefreshSeconds);
                        maxRss = Math.max(maxRss, measure(table, service, size, size == o.listAt, o.clients, "",
                                requestIds, run));
                    }
                }
            }
        }
        table.note("shop", String.format(Locale.ROOT, "--size %s: %,d users, %,d products (the products on sale per "
                + "row), %,d interactions (a shop reused from --data keeps its own); protocol loo; --epochs %d (a new "
                + "shop's version and the retrain)", o.preset(), o.users, o.products, o.interactions, o.epochs));
        table.note("database", props.get("ctxrec.db.url").startsWith("jdbc:h2") ? "H2 file (embedded in the service)"
                : props.get("ctxrec.db.url"));
        table.note("requests", String.format(Locale.ROOT, "cycling over %d users; limit 10; %d s warm-up + %d s "
                + "measured per row; closed loop (" + (o.usesWrk() ? "wrk" : "Java HttpClient") + ", HTTP/1.1 keep-alive)", requestIds.size(), o.warmup,
                o.seconds));
        table.note("products on sale", "changed between rows under the running service, which re-reads them every "
                + o.shopRefreshSeconds + " s (in the background)");
        table.note("cpu ms/req", "CPU time of the service process over the row (warm-up included) per answer: "
                + "what a request costs, whatever else runs on the machine (during a retrain it includes the retrain's)");
        table.note("other source", "200 answers not from the expected source (list: cache, init: model, "
                + "live-floor: {\"status\":\"UP\"})");
        table.note("live-floor", "GET /health/live, answered by Vert.x on its event loop (no Camel route, no worker "
                + "thread, no model): the tail any HTTP answer gets on this machine at these clients, the generator on "
                + "the same cores; the list's rows are read against it");
        table.note("shed", "503 overloaded answers (load shedding: a computation whose turn did not come within "
                + "ctxrec.serving.queue-ms), not counted in errors nor in req/s; the percentiles are of every answer, "
                + "shed ones included");
        table.note("overload rows", "init over --overload-size products at --overload-clients: the curve of "
                + "clients against req/s, p99 and shed %");
        table.note("service rss max MiB", Math.round(maxRss));
        table.note("service jvm", String.join(" ", o.serviceJvm()));
        if (o.serviceJar != null) {
            table.note("service jar", o.serviceJar.toString());
        }
        table.note("machine", Machine.describe());
        table.note("load average before", loadBefore);
        table.note("load average after", Machine.loadAverage());
        table.publish(System.out, o.out);
        return 0;
    }

    /** Generates the shop and trains a version unless --data holds them already; the users to ask for. */
    private List<String> prepare(DatabaseSettings db, Map<String, String> props) throws Exception {
        long have;
        try (BenchShop shop = new BenchShop(db)) {
            have = shop.products();
        }
        if (have == 0) {
            System.out.printf("generating the bench shop: %,d users, %,d products, %,d interactions%n", o.users,
                    o.products, o.interactions);
            ServiceProcess.runToEnd(props, List.of(), "generate", "--users", String.valueOf(o.users), "--products",
                    String.valueOf(o.products), "--interactions", String.valueOf(o.interactions));
        } else if (have != o.products) {
            throw new IllegalArgumentException(o.data + " holds a shop of " + have + " products, not " + o.products
                    + ": pass --products " + have + " or another --data");
        }
        try (BenchShop shop = new BenchShop(db)) {
            if (!shop.hasActiveVersion()) {
                shop.onSale(o.products);
                System.out.println("training the bench version (" + o.epochs + " epoch(s))");
                ServiceProcess.runToEnd(props, List.of(), "train", "--epochs", String.valueOf(o.epochs));
            }
        }
        try (BenchShop shop = new BenchShop(db)) {
            List<String> ids = shop.users(o.requestUsers);
            if (ids.isEmpty()) {
                throw new IllegalStateException("the bench shop has no user with interactions");
            }
            return ids;
        }
    }

    /** Puts {@code size} products on sale and waits until the running service re-read them (twice its refresh). */
    static void onSale(BenchShop shop, int size, int shopRefreshSeconds) throws Exception {
        shop.onSale(size);
        System.out.printf("%n== %,d products on sale%n", size);
        Thread.sleep(Duration.ofSeconds(2L * shopRefreshSeconds + 1).toMillis());
    }

    private double measure(BenchTable table, ServiceProcess service, int size, boolean withList, int[] clients,
                           String label, List<String> ids, String retrainRun) throws Exception {
        double rss = 0;
        String suffix = label + (retrainRun == null ? "" : " +retrain");
        List<ServeRow> rows = new ArrayList<>();
        if (withList) {
            rows.add(ServeRow.floor(client, suffix));
            rows.add(ServeRow.list(client, ids, suffix));
        }
        rows.add(ServeRow.init(client, ids, size, suffix));
        for (ServeRow s : rows) {
            for (int c : clients) {
                double cpuBefore = service.cpuMillis();
                ClosedLoop.Result r = s.run(o, client, ids, c);
                double cpuPerRequest = (service.cpuMillis() - cpuBefore) / Math.max(1, r.answered());
                double mib = service.residentMiB();
                rss = Math.max(rss, mib);
                table.row(s.name(), size, c, r.requests(), r.medianMs(), r.p95Ms(), r.p99Ms(), r.perSecond(), r.shed(),
                        r.shedPercent(), r.errors(), r.unexpected(), cpuPerRequest, retrainRun == null ? "-" : client.retrainState(retrainRun), (double) Math.round(mib),
                        Machine.loadAverage().split(" ")[0]);
                System.out.printf(Locale.ROOT, "%-20s %,7d products %3d clients: median %.2f p95 %.2f p99 %.2f ms, "
                        + "%.0f req/s, %d shed (%.1f %%), %d errors, %d other, %.2f cpu ms/req, load %s%n", s.name(), size,
                        c, r.medianMs(), r.p95Ms(), r.p99Ms(), r.perSecond(), r.shed(), r.shedPercent(), r.errors(),
                        r.unexpected(), cpuPerRequest, Machine.loadAverage());
            }
        }
        return rss;
    }

}
