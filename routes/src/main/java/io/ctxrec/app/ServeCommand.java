package io.ctxrec.app;

import io.ctxrec.adapters.config.CtxrecConfig;
import io.ctxrec.adapters.dl4j.NativeThreads;
import io.ctxrec.routes.api.Availability;
import io.ctxrec.training.pipeline.InterruptedRuns;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.camel.main.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * Runs the service until stopped: database, demo data if the shop is empty, Camel routes, HTTP. Stopped by
 * SIGTERM or Ctrl-C, it drains the requests in flight, stops the routes, then closes the database
 * ({@link GracefulShutdown}).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the recommendation service (HTTP on CTXREC_HTTP_PORT, default 8080).")
final class ServeCommand implements Callable<Integer> {
    /** Beyond Camel's stop time: the HTTP server, Vert.x and the database close within this. */
    private static final int STOP_MARGIN_SECONDS = 5;
    /** Not a static field: the JVM that only runs the service again would set up logging for nothing. */
    private static Logger log() {
        return LoggerFactory.getLogger(ServeCommand.class);
    }

    @ParentCommand
    CtxrecCli parent;

    @Option(names = "--port", description = "HTTP port (overrides ctxrec.http.port).")
    Integer port;

    @Override
    public Integer call() throws Exception {
        CtxrecConfig config = parent.config();
        if (port != null) {
            config = config.with(Map.of("ctxrec.http.port", String.valueOf(port)));
        }
        List<String> jvm = ServeJvm.relaunchWith(config.get("ctxrec.serve.jvm-options"),
                ManagementFactory.getRuntimeMXBean().getInputArguments());
        if (!jvm.isEmpty()) {
            // Before anything else is loaded: this JVM becomes the service's (execve), or, where it cannot, only waits
            // for it as a child, and all it loaded stays resident beside the service (the models' families had made
            // it 96 MB). The service's JVM checks the settings below.
            return ServeJvm.relaunch(jvm);
        }
        TrainingRequests.fromConfig(config, Infrastructure.families()); // a bad training setting fails now, not at 03:00
        NativeThreads.useOne();
        Availability availability = new Availability();
        GracefulShutdown shutdown = new GracefulShutdown(availability,
                Duration.ofSeconds(config.getInt("ctxrec.shutdown.drain-seconds")),
                Duration.ofSeconds(config.getInt("ctxrec.shutdown.stop-seconds") + STOP_MARGIN_SECONDS)).install();
        try (Infrastructure infra = Infrastructure.open(config)) {
            infra.ensureDemoData();
            if (!config.getBoolean("ctxrec.cluster.enabled")) {
                // A training this service left half-done when it last stopped is FAILED now, not TRAINING forever
                // (in a cluster, whoever takes the training lease next does this: another instance may be training).
                InterruptedRuns.recover(infra.jdbc().modelVersions(), infra.modelStore());
                infra.jdbc().trainingRunLog().abandonOthers("", java.time.Instant.now(),
                        "the service stopped before it ended");
            }
            Main main = CtxrecApplication.create(config, ServiceGraph.of(config, infra, availability));
            shutdown.stopping(main);
            main.run();
            log().info("routes and HTTP server stopped; closing the database");
        } finally {
            log().info("database closed");
            shutdown.closed(); // the database was closed last, after Camel stopped
        }
        return 0;
    }
}
