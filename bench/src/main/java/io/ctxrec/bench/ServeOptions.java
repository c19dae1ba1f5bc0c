package io.ctxrec.bench;

import io.ctxrec.app.ServeJvm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code bench serve}'s options: the shop, the rows to measure, and the service process. */
final class ServeOptions {

    @Option(names = "--data", defaultValue = "target/bench/serve-shop",
            description = "Folder of the bench's shop (H2 file) and model versions, reused. Default: ${DEFAULT-VALUE}.")
    Path data;

    @Option(names = "--out", defaultValue = "target/bench", description = "Output folder. Default: ${DEFAULT-VALUE}.")
    Path out;

    /** The database of --instances without --db-url: on the local MariaDB, created by the bench if missing. */
    static final String INSTANCES_DATABASE = "ctxrec_bench_instances";
    static final String LOCAL_MARIADB = "jdbc:mysql://127.0.0.1:3306/";

    @Option(names = "--db-url", description = "A JDBC URL instead of the H2 file in --data, e.g. "
            + "jdbc:mysql://127.0.0.1:3306/ctxrec_bench (the database must exist; its products' status is changed). "
            + "With --instances and no --db-url: " + LOCAL_MARIADB + INSTANCES_DATABASE + ", created if missing.")
    String dbUrl;

    @Option(names = "--db-user", description = "Default: root with --instances and no --db-url (the local MariaDB), "
            + "else ctxrec.")
    String dbUser;

    @Option(names = "--instances", split = ",", description = "Measure every row through HAProxy in front of this "
            + "many service instances, each count in turn (e.g. 1,2: one, then two, measured the same way). The "
            + "instances run clustered (ctxrec.cluster.enabled) on one shared MySQL/MariaDB database (--db-url, by "
            + "default a bench database on 127.0.0.1:3306) and share the model versions in --data; the balancer listens "
            + "on --port, instance i on --port + i; its configuration is written to --out. Each row reports where the "
            + "CPU went: each instance, haproxy, the database server, the load generator, the rest of the machine. "
            + "The retrain rows are not measured. Without it (the default) one instance is measured directly.")
    int[] instances;

    @Option(names = "--db-password", defaultValue = "", description = "Default: empty.")
    String dbPassword;

    @Option(names = "--size", defaultValue = "wide", description = "The shop of a new --data: wide (300 users, "
            + "100,000 products, 12,000 interactions; init over 1,000 / 10,000 / 100,000 products on sale) or large "
            + "(generate --size large: 50,000 users, 10,000 products, 2,000,000 interactions; init over 1,000 / 10,000, "
            + "and the service's heap -Xmx4g unless --service-jvm is given, as its retrain trains on that shop). "
            + "--users, --products, --interactions and --sizes override it. Default: ${DEFAULT-VALUE}.")
    String size;

    @Option(names = "--users", description = "Users of a new shop. Default: the --size preset's.")
    Integer users;

    @Option(names = "--products", description = "Products of a new shop (at least the largest --sizes). "
            + "Default: the --size preset's.")
    Integer products;

    @Option(names = "--interactions", description = "Interactions of a new shop (40 a user, as the large preset). "
            + "Default: the --size preset's.")
    Integer interactions;

    @Option(names = "--epochs", defaultValue = "1",
            description = "Epochs of the version trained for the bench and of the retrain. Default: ${DEFAULT-VALUE}.")
    int epochs;

    @Option(names = "--sizes", split = ",",
            description = "Products on sale for init. Default: the --size preset's.")
    int[] sizes;

    @Option(names = "--clients", split = ",", defaultValue = "1,8,32",
            description = "Concurrent clients. Default: ${DEFAULT-VALUE}.")
    int[] clients;

    @Option(names = "--overload-clients", split = ",", defaultValue = "8,32,64,128",
            description = "The overload curve: init over --overload-size products at these clients, counting the "
                    + "requests shed (503 overloaded) apart. Default: ${DEFAULT-VALUE}.")
    int[] overloadClients;

    @Option(names = "--no-overload", description = "Skip the overload curve.")
    boolean noOverload;

    @Option(names = "--overload-size",
            description = "Products on sale for the overload curve. Default: the largest of --sizes.")
    Integer overloadSize;

    @Option(names = "--list-at", defaultValue = "10000",
            description = "Products on sale while list-from-cache is measured. Default: ${DEFAULT-VALUE}.")
    int listAt;

    @Option(names = "--request-users", defaultValue = "200",
            description = "Distinct users the requests cycle through. Default: ${DEFAULT-VALUE}.")
    int requestUsers;

    @Option(names = "--seconds", defaultValue = "8", description = "Measured seconds per row. Default: ${DEFAULT-VALUE}.")
    int seconds;

    // 10 s, not 3: a row's own load (its clients, its path) is what the JIT compiles for. The list at 32 clients
    // after 3 s gave p99 5.52 ms and after 10 s 4.89 ms (one run each, H2, 2026-12-07); by hand, successive
    // 8-s windows of that load went 6.3, 5.2, 4.2 ms, then stayed 3.9-4.9 ms.
    @Option(names = "--warmup", defaultValue = "10", description = "Warm-up seconds per row, at the row's own load, "
            + "not measured. Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--service-warmup", defaultValue = "30", description = "Seconds of init and list requests "
            + "alternately (8 clients) after the service starts, before the first row, so its code is compiled; with "
            + "--instances, N times this through the balancer. Default: ${DEFAULT-VALUE}.")
    int serviceWarmup;

    @Option(names = "--generator", defaultValue = "java", description = "Load generator: java (its own, Java's "
            + "HttpClient) or wrk (Debian's wrk, which leaves the cores to the service). Default: ${DEFAULT-VALUE}.")
    String generator;

    @Option(names = "--no-retrain", description = "Skip the rows measured during a retrain.")
    boolean noRetrain;

    @Option(names = "--port", defaultValue = "18080", description = "Loopback port of the service. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--service-jvm", split = " ",
            description = "JVM options of the service process. Default: those serve runs itself with "
                    + "(ctxrec.serve.jvm-options), so that the bench measures the service as it runs.")
    List<String> serviceJvm;

    /**
     * The service's JVM options: --service-jvm, else serve's own choice; on the large shop with a 4 GB heap
     * (the last -Xmx wins), which its retrain needs (train's own bound on that shop).
     */
    List<String> serviceJvm() {
        if (serviceJvm != null && serviceJvm.stream().anyMatch(o -> !o.isBlank())) {
            return serviceJvm.stream().filter(o -> !o.isBlank()).toList();
        }
        List<String> options = new ArrayList<>(ServeJvm.configuredOptions(
                io.ctxrec.adapters.config.CtxrecConfig.load().get("ctxrec.serve.jvm-options")));
        if (preset() == ServeShop.LARGE) {
            options.add("-Xmx4g");
        }
        return List.copyOf(options);
    }

    ServeShop preset() {
        return ServeShop.named(size);
    }

    /** Fills what the command line left open from the --size preset; then {@link #check()}. */
    void resolve() {
        ServeShop shop = preset();
        users = users != null ? users : shop.users();
        products = products != null ? products : shop.products();
        interactions = interactions != null ? interactions : shop.interactions();
        if (sizes == null) {
            sizes = Arrays.stream(shop.sizes()).filter(s -> s <= products).toArray();
            if (sizes.length == 0) {
                sizes = new int[] {products};
            }
        }
        if (overloadSize == null) {
            overloadSize = Arrays.stream(sizes).max().orElse(products);
        }
    }

    @Option(names = "--shop-refresh", defaultValue = "10", description = "How often the service re-reads the products "
            + "on sale (seconds; the service's own default is 60); the bench changes them between rows and waits twice "
            + "this. A re-read of 100,000 products is real work in the background: every 2 s it would weigh on every "
            + "row. Default: ${DEFAULT-VALUE}.")
    int shopRefreshSeconds;

    @Option(names = "--service-jar", description = "Run the service from this jar (e.g. routes/target/ctxrec.jar) "
            + "instead of the service inside the running bench jar (to compare two builds on the same shop).")
    Path serviceJar;

    void check() {
        resolve();
        if (users < 1 || products < 1 || interactions < 1) {
            throw new IllegalArgumentException("--users, --products and --interactions must be at least 1");
        }
        if (Arrays.stream(sizes).anyMatch(s -> s < 1 || s > products)) {
            throw new IllegalArgumentException("--sizes must be between 1 and --products (" + products + ")");
        }
        if (!noOverload && (overloadSize < 1 || overloadSize > products)) {
            throw new IllegalArgumentException("--overload-size must be between 1 and --products (" + products + ")");
        }
        if (Arrays.stream(clients).anyMatch(c -> c < 1 || c > 256)
                || Arrays.stream(overloadClients).anyMatch(c -> c < 1 || c > 256)) {
            throw new IllegalArgumentException("--clients and --overload-clients must be between 1 and 256");
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
        if (instances != null && (instances.length == 0
                || Arrays.stream(instances).anyMatch(n -> n < 1 || n > 8 || port + n > 65_535))) {
            throw new IllegalArgumentException("--instances must be counts between 1 and 8 (instance i listens on "
                    + "--port + i)");
        }
        if (instances != null && dbUrl != null && dbUrl.startsWith("jdbc:h2")) {
            throw new IllegalArgumentException("--instances needs a database every instance shares (MySQL/MariaDB), "
                    + "not H2: " + dbUrl);
        }
        if (seconds < 1 || warmup < 0 || serviceWarmup < 0 || requestUsers < 1 || epochs < 1) {
            throw new IllegalArgumentException("--seconds, --request-users and --epochs must be at least 1, "
                    + "--warmup and --service-warmup at least 0");
        }
    }

    /** The service's configuration for the bench: its data, database, port, admin token and refresh. */
    Map<String, String> properties(Path dataDir, String token) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("ctxrec.data.dir", dataDir.toString());
        p.put("ctxrec.db.url", dbUrl != null ? dbUrl : clustered()
                ? LOCAL_MARIADB + INSTANCES_DATABASE + "?rewriteBatchedStatements=true"
                : "jdbc:h2:file:" + dataDir.resolve("db/ctxrec")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;AUTO_SERVER=TRUE");
        p.put("ctxrec.db.user", dbUser());
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

    /** Whether the rows go through the load balancer to {@code --instances}. */
    boolean clustered() {
        return instances != null;
    }

    String dbUser() {
        return dbUser != null ? dbUser : clustered() && dbUrl == null ? "root" : "ctxrec";
    }

    boolean usesWrk() {
        return generator.equals("wrk");
    }
}
