package io.ctxrec.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctxrec.adapters.jdbc.DatabaseSettings;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench serve}: the service in its own process on a generated shop, driven over loopback HTTP by
 * a closed-loop generator at 1, 8 and 32 clients: {@code list} answered from the cache, and {@code init}
 * (all four models) over 1,000, 10,000 and 100,000 products on sale, idle and then during one retrain. The
 * shop and its trained version are built once into {@code --data} and reused; one service process serves
 * every row, the products on sale changed under it through the database.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serving latency and throughput over HTTP: list from the cache, and init with all four "
                + "models over 1,000 / 10,000 / 100,000 products on sale, at 1, 8 and 32 clients, idle and during a "
                + "retrain; plus the service's resident memory. Writes serve.csv and serve.json.",
            "The first run generates the shop and trains a version into --data (minutes); later runs reuse them."})
public final class BenchServeCommand implements Callable<Integer> {

    @Option(names = "--data", defaultValue = "target/bench/serve-shop",
            description = "Folder of the bench's shop (H2 file) and model versions, reused. Default: ${DEFAULT-VALUE}.")
    Path data;

    @Option(names = "--out", defaultValue = "target/bench", description = "Output folder. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--db-url", description = "A JDBC URL instead of the H2 file in --data, e.g. "
            + "jdbc:mariadb://127.0.0.1:3306/ctxrec_bench (the database must exist; its products' status is changed).")
    String dbUrl;

    @Option(names = "--db-user", defaultValue = "ctxrec", description = "Default: ${DEFAULT-VALUE}.")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "", description = "Default: empty.")
    String dbPassword;

    @Option(names = "--users", defaultValue = "300", description = "Users of a new shop. Default: ${DEFAULT-VALUE}.")
    int users;

    @Option(names = "--products", defaultValue = "100000",
            description = "Products of a new shop (at least the largest --sizes). Default: ${DEFAULT-VALUE}.")
    int products;

    @Option(names = "--interactions", defaultValue = "12000",
            description = "Interactions of a new shop (40 a user, as the large preset). Default: ${DEFAULT-VALUE}.")
    int interactions;

    @Option(names = "--epochs", defaultValue = "1",
            description = "Epochs of the version trained for the bench and of the retrain. Default: ${DEFAULT-VALUE}.")
    int epochs;

    @Option(names = "--sizes", split = ",", defaultValue = "1000,10000,100000",
            description = "Products on sale for init. Default: ${DEFAULT-VALUE}.")
    int[] sizes;

    @Option(names = "--clients", split = ",", defaultValue = "1,8,32",
            description = "Concurrent clients. Default: ${DEFAULT-VALUE}.")
    int[] clients;

    @Option(names = "--list-at", defaultValue = "10000",
            description = "Products on sale while list-from-cache is measured. Default: ${DEFAULT-VALUE}.")
    int listAt;

    @Option(names = "--request-users", defaultValue = "200",
            description = "Distinct users the requests cycle through. Default: ${DEFAULT-VALUE}.")
    int requestUsers;

    @Option(names = "--seconds", defaultValue = "8", description = "Measured seconds per row. Default: ${DEFAULT-VALUE}.")
    int seconds;

    @Option(names = "--warmup", defaultValue = "3", description = "Warm-up seconds per row. Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--service-warmup", defaultValue = "30", description = "Seconds of init requests (8 clients) "
            + "after the service starts, before the first row, so its code is compiled. Default: ${DEFAULT-VALUE}.")
    int serviceWarmup;

    @Option(names = "--generator", defaultValue = "java", description = "Load generator: java (its own, Java's "
            + "HttpClient) or wrk (Debian's wrk, which leaves the cores to the service). Default: ${DEFAULT-VALUE}.")
    private String generator;

    @Option(names = "--no-retrain", description = "Skip the rows measured during a retrain.")
    boolean noRetrain;

    @Option(names = "--port", defaultValue = "18080", description = "Loopback port of the service. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--service-jvm", split = " ", defaultValue = "-Xmx2g -XX:+UseZGC",
            description = "JVM options of the service process, as a deployment would set them: ZGC keeps collection "
                    + "pauses under a millisecond (G1's young collections paused 30-80 ms every few seconds under init "
                    + "load and made the p99). Default: ${DEFAULT-VALUE}.")
    List<String> serviceJvm;

    @Option(names = "--shop-refresh", defaultValue = "10", description = "How often the service re-reads the products "
            + "on sale (seconds; the service's own default is 60); the bench changes them between rows and waits twice "
            + "this. A re-read of 100,000 products is real work in the background: every 2 s it would weigh on every "
            + "row. Default: ${DEFAULT-VALUE}.")
    int shopRefreshSeconds;

    @Option(names = "--service-jar", description = "Run the service from this jar (e.g. routes/target/ctxrec.jar) "
            + "instead of the service inside the running bench jar (to compare two builds on the same shop).")
    Path serviceJar;

    private final ObjectMapper json = new ObjectMapper();
    private final String token = UUID.randomUUID().toString();
    /** One kind of row: its name, its n-th request for the Java loop, and the same request for wrk. */
    private record Row(String name, IntFunction<HttpRequest> request, WrkLoop.Scenario wrk) {
    }

    private static final String LIST_PATH = "/api/recommendations/list?limit=10&userId=";
    private static final String INIT_PATH = "/api/recommendations/init";

    private HttpClient http;
    private URI base;

    @Override
    public Integer call() throws Exception {
        check();
        if (serviceJar != null && !Files.isRegularFile(serviceJar)) {
            throw new IllegalArgumentException("--service-jar: no such file " + serviceJar);
        }
        Path dataDir = data.toAbsolutePath().normalize();
        Files.createDirectories(dataDir);
        Map<String, String> props = properties(dataDir);
        DatabaseSettings db = new DatabaseSettings(props.get("ctxrec.db.url"), dbUser, dbPassword, 2);
        List<String> requestIds = prepare(db, props);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
        base = URI.create("http://127.0.0.1:" + port);

        BenchTable table = new BenchTable("serve", List.of("scenario", "products", "clients", "requests", "median ms",
                "p95 ms", "p99 ms", "req/s", "errors", "other source", "cpu ms/req", "retrain", "rss MiB", "load1"));
        String loadBefore = loadAverage();
        double maxRss = 0;
        try (BenchShop shop = new BenchShop(db)) {
            shop.onSale(sizes[0]);
        }
        System.out.printf("%nstarting the service (log %s)%n", dataDir.resolve("serve.log"));
        try (ServiceProcess service = ServiceProcess.serve(serviceJar, props, serviceJvm, dataDir.resolve("serve.log"),
                http, base, Duration.ofMinutes(5))) {
            ready(requestIds.get(0));
            new ClosedLoop(http).run(8, Duration.ofSeconds(serviceWarmup), Duration.ofMillis(1),
                    n -> init(requestIds.get(n % requestIds.size())), body -> true);
            // The products on sale change under the running service: its next shop reading picks them up.
            try (BenchShop shop = new BenchShop(db)) {
                for (int size : sizes) {
                    onSale(shop, size);
                    if (size == listAt) {
                        prime(requestIds);
                    }
                    maxRss = Math.max(maxRss, measure(table, service, size, size == listAt, requestIds, null));
                }
                if (!noRetrain) {
                    String run = startRetrain();
                    for (int size : sizes) {
                        onSale(shop, size);
                        maxRss = Math.max(maxRss, measure(table, service, size, size == listAt, requestIds, run));
                    }
                }
            }
        }
        table.note("shop", String.format(Locale.ROOT, "%,d users, %,d products (the products on sale per row), "
                + "%,d interactions (a shop reused from --data keeps its own); protocol loo; --epochs %d (a new shop's "
                + "version and the retrain)", users, products, interactions, epochs));
        table.note("database", props.get("ctxrec.db.url").startsWith("jdbc:h2") ? "H2 file (embedded in the service)"
                : props.get("ctxrec.db.url"));
        table.note("requests", String.format(Locale.ROOT, "cycling over %d users; limit 10; %d s warm-up + %d s "
                + "measured per row; closed loop (" + (usesWrk() ? "wrk" : "Java HttpClient") + ", HTTP/1.1 keep-alive)", requestIds.size(), warmup,
                seconds));
        table.note("products on sale", "changed between rows under the running service, which re-reads them every "
                + shopRefreshSeconds + " s (in the background)");
        table.note("cpu ms/req", "CPU time of the service process over the row (warm-up included) per answer: "
                + "what a request costs, whatever else runs on the machine (during a retrain it includes the retrain's)");
        table.note("other source", "200 answers not from the expected source (list: cache, init: model)");
        table.note("service rss max MiB", Math.round(maxRss));
        table.note("service jvm", String.join(" ", serviceJvm));
        if (serviceJar != null) {
            table.note("service jar", serviceJar.toString());
        }
        table.note("machine", machine());
        table.note("load average before", loadBefore);
        table.note("load average after", loadAverage());
        table.publish(System.out, out);
        return 0;
    }

    private void check() {
        if (Arrays.stream(sizes).anyMatch(s -> s < 1 || s > products)) {
            throw new IllegalArgumentException("--sizes must be between 1 and --products (" + products + ")");
        }
        if (Arrays.stream(clients).anyMatch(c -> c < 1 || c > 256)) {
            throw new IllegalArgumentException("--clients must be between 1 and 256");
        }
        if (!generator.equals("java") && !generator.equals("wrk")) {
            throw new IllegalArgumentException("--generator must be java or wrk, was " + generator);
        }
        if (usesWrk() && !WrkLoop.available()) {
            throw new IllegalArgumentException("--generator wrk: wrk is not installed (apt-get install wrk)");
        }
        if (shopRefreshSeconds < 1) {
            throw new IllegalArgumentException("--shop-refresh must be at least 1");
        }
        if (seconds < 1 || warmup < 0 || serviceWarmup < 0 || requestUsers < 1 || epochs < 1) {
            throw new IllegalArgumentException("--seconds, --request-users and --epochs must be at least 1, "
                    + "--warmup and --service-warmup at least 0");
        }
    }

    private Map<String, String> properties(Path dataDir) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("ctxrec.data.dir", dataDir.toString());
        p.put("ctxrec.db.url", dbUrl != null ? dbUrl : "jdbc:h2:file:" + dataDir.resolve("db/ctxrec")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;AUTO_SERVER=TRUE");
        p.put("ctxrec.db.user", dbUser);
        p.put("ctxrec.db.password", dbPassword);
        p.put("ctxrec.demo.generate-if-empty", "false");
        p.put("ctxrec.training.on-start", "false");
        p.put("ctxrec.training.epochs", String.valueOf(epochs));
        p.put("ctxrec.training.protocol", "loo");
        p.put("ctxrec.http.host", "127.0.0.1");
        p.put("ctxrec.http.port", String.valueOf(port));
        p.put("ctxrec.admin.token", token);
        p.put("ctxrec.recommend.shop-refresh-seconds", String.valueOf(shopRefreshSeconds));
        return p;
    }

    /** Generates the shop and trains a version unless --data holds them already; the users to ask for. */
    private List<String> prepare(DatabaseSettings db, Map<String, String> props) throws Exception {
        long have;
        try (BenchShop shop = new BenchShop(db)) {
            have = shop.products();
        }
        if (have == 0) {
            System.out.printf("generating the bench shop: %,d users, %,d products, %,d interactions%n", users,
                    products, interactions);
            ServiceProcess.runToEnd(props, List.of(), "generate", "--users", String.valueOf(users), "--products",
                    String.valueOf(products), "--interactions", String.valueOf(interactions));
        } else if (have != products) {
            throw new IllegalArgumentException(data + " holds a shop of " + have + " products, not " + products
                    + ": pass --products " + have + " or another --data");
        }
        try (BenchShop shop = new BenchShop(db)) {
            if (!shop.hasActiveVersion()) {
                shop.onSale(products);
                System.out.println("training the bench version (" + epochs + " epoch(s))");
                ServiceProcess.runToEnd(props, List.of(), "train", "--epochs", String.valueOf(epochs));
            }
        }
        try (BenchShop shop = new BenchShop(db)) {
            List<String> ids = shop.users(requestUsers);
            if (ids.isEmpty()) {
                throw new IllegalStateException("the bench shop has no user with interactions");
            }
            return ids;
        }
    }

    private void onSale(BenchShop shop, int size) throws Exception {
        shop.onSale(size);
        System.out.printf("%n== %,d products on sale%n", size);
        Thread.sleep(Duration.ofSeconds(2L * shopRefreshSeconds + 1).toMillis());
    }

    private double measure(BenchTable table, ServiceProcess service, int size, boolean withList, List<String> ids,
                           String retrainRun) throws Exception {
        ClosedLoop loop = new ClosedLoop(http);
        WrkLoop wrk = new WrkLoop(base, ids, data.toAbsolutePath());
        double rss = 0;
        String suffix = retrainRun == null ? "" : " +retrain";
        List<Row> rows = new ArrayList<>();
        if (withList) {
            rows.add(new Row("list-cache" + suffix, n -> list(ids.get(n % ids.size())),
                    new WrkLoop.Scenario("GET", LIST_PATH + "{user}", null, "\"source\":\"cache\"")));
        }
        rows.add(new Row("init-" + label(size) + suffix, n -> init(ids.get(n % ids.size())),
                new WrkLoop.Scenario("POST", INIT_PATH, "{\"userId\":\"{user}\",\"limit\":10}", "\"source\":\"model\"")));
        for (Row s : rows) {
            for (int c : clients) {
                double cpuBefore = service.cpuMillis();
                ClosedLoop.Result r = usesWrk()
                        ? wrk.run(c, Duration.ofSeconds(warmup), Duration.ofSeconds(seconds), s.wrk())
                        : loop.run(c, Duration.ofSeconds(warmup), Duration.ofSeconds(seconds), s.request(),
                                body -> body.contains(s.wrk().expected()));
                double cpuPerRequest = (service.cpuMillis() - cpuBefore) / Math.max(1, r.answered());
                double mib = service.residentMiB();
                rss = Math.max(rss, mib);
                table.row(s.name(), size, c, r.requests(), r.medianMs(), r.p95Ms(), r.p99Ms(), r.perSecond(), r.errors(),
                        r.unexpected(), cpuPerRequest, retrainRun == null ? "-" : retrainState(retrainRun), (double) Math.round(mib),
                        loadAverage().split(" ")[0]);
                System.out.printf(Locale.ROOT, "%-20s %,7d products %3d clients: median %.2f p95 %.2f p99 %.2f ms, "
                        + "%.0f req/s, %d errors, %d other, %.2f cpu ms/req%n", s.name(), size, c, r.medianMs(), r.p95Ms(),
                        r.p99Ms(), r.perSecond(), r.errors(), r.unexpected(), cpuPerRequest);
            }
        }
        return rss;
    }

    private boolean usesWrk() {
        return generator.equals("wrk");
    }

    private static String label(int size) {
        return size % 1000 == 0 ? (size / 1000) + "k" : String.valueOf(size);
    }

    /** Waits until the service answers an init from a model (the first request loads the version: slow). */
    private void ready(String user) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            HttpRequest first = HttpRequest.newBuilder(init(user), (k, v) -> true).timeout(Duration.ofMinutes(5)).build();
            HttpResponse<String> r = http.send(first, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200 && r.body().contains("\"source\":\"model\"")) {
                return;
            }
            last = r.statusCode() + " " + r.body();
            Thread.sleep(500);
        }
        throw new IllegalStateException("the service never answered init from a model; last answer: " + last);
    }

    /** Makes each user's list once, so list requests find it fresh in the cache. */
    private void prime(List<String> ids) throws Exception {
        for (String id : ids) {
            http.send(list(id), HttpResponse.BodyHandlers.discarding());
        }
    }

    private HttpRequest list(String user) {
        return HttpRequest.newBuilder(base.resolve(LIST_PATH
                + URLEncoder.encode(user, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(30)).GET().build();
    }

    private HttpRequest init(String user) {
        String body = "{\"userId\":" + quoted(user) + ",\"limit\":10}";
        return HttpRequest.newBuilder(base.resolve(INIT_PATH)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private String quoted(String s) {
        try {
            return json.writeValueAsString(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts a retrain and waits until it runs; its id. */
    private String startRetrain() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/admin/retrain"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 202) {
            throw new IllegalStateException("cannot start a retrain: " + r.statusCode() + " " + r.body());
        }
        String id = json.readTree(r.body()).path("id").asText();
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!retrainState(id).equals("RUNNING") && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        System.out.println("retrain " + id + " " + retrainState(id));
        return id;
    }

    private String retrainState(String id) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/admin/retrain/" + id))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        JsonNode run = json.readTree(r.body());
        return run.path("state").asText("?");
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /** Cores, CPU model, Java and OS: where the figures were measured. */
    private static String machine() {
        String cpu = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        } catch (IOException e) {
            // not Linux: the CPU model stays unknown
        }
        return Runtime.getRuntime().availableProcessors() + " cores, " + cpu + ", Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch");
    }
}
