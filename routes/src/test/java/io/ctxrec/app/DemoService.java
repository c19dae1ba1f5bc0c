package io.ctxrec.app;

import io.ctxrec.adapters.config.CtxrecConfig;
import io.ctxrec.adapters.jdbc.DatabaseSettings;
import io.ctxrec.adapters.jdbc.TestDatabase;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.Map;
import java.util.Properties;
import org.apache.camel.main.Main;

/**
 * The whole service as `serve` wires it, on a test database with the demo shop, on a free loopback
 * port: no training at start, and a retrain (BMF and NeuMF, 2 epochs) only when a test asks for one.
 */
final class DemoService implements AutoCloseable {
    private final TestDatabase database;
    private final Infrastructure infra;
    private final ServiceGraph graph;
    private final Main main;
    private final String base;

    private DemoService(TestDatabase database, Infrastructure infra, ServiceGraph graph, Main main, String base) {
        this.database = database;
        this.infra = infra;
        this.graph = graph;
        this.main = main;
        this.base = base;
    }

    static DemoService start(TestDatabase database, String adminToken) throws Exception {
        return start(database, adminToken, Map.of());
    }

    /** With more configuration keys set, as a deployment would set them. */
    static DemoService start(TestDatabase database, String adminToken, Map<String, String> settings) throws Exception {
        DatabaseSettings db = database.settings();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Properties p = new Properties();
        p.setProperty("ctxrec.db.url", db.url());
        p.setProperty("ctxrec.db.user", db.user());
        p.setProperty("ctxrec.db.password", db.password());
        p.setProperty("ctxrec.data.dir", Files.createTempDirectory("ctxrec-service").toString());
        p.setProperty("ctxrec.http.port", String.valueOf(port));
        p.setProperty("ctxrec.http.host", "127.0.0.1");
        p.setProperty("ctxrec.admin.token", adminToken);
        p.setProperty("ctxrec.training.on-start", "false");
        p.setProperty("ctxrec.training.models", "BMF,NeuMF");
        p.setProperty("ctxrec.training.epochs", "2");
        p.setProperty("ctxrec.training.batch-size", "256");
        p.setProperty("ctxrec.models.poll-seconds", "0");
        p.putAll(settings);
        CtxrecConfig config = CtxrecConfig.load(null, Map.of(), p);
        Infrastructure infra = Infrastructure.open(config);
        infra.ensureDemoData();
        ServiceGraph graph = ServiceGraph.of(config, infra);
        Main main = CtxrecApplication.create(config, graph);
        main.start();
        return new DemoService(database, infra, graph, main, "http://127.0.0.1:" + port);
    }

    private static DemoService shared;

    /**
     * One service for the test classes that only read it and record a few events (the README's commands, the
     * OpenAPI description), started on first use and stopped when the test JVM ends.
     */
    static synchronized DemoService shared(String adminToken) throws Exception {
        if (shared == null) {
            shared = start(TestDatabase.h2(), adminToken);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** The running Camel context (its routes). */
    org.apache.camel.CamelContext camel() {
        return main.getCamelContext();
    }

    /** Whether it takes requests; a test drains it as {@code serve}'s SIGTERM would. */
    io.ctxrec.routes.api.Availability availability() {
        return graph.availability();
    }

    /** {@code http://127.0.0.1:PORT}. */
    String base() {
        return base;
    }

    /** The service's database, for a test that reads what the service stored. */
    javax.sql.DataSource dataSource() {
        return infra.dataSource();
    }

    /** Stops the HTTP side only (the page then sees an unreachable service); close() still cleans up. */
    void stopServing() {
        if (main.isStarted()) {
            main.stop();
        }
    }

    @Override
    public void close() {
        stopServing();
        infra.close();
        database.drop();
    }
}
