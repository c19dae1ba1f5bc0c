package io.ctxrec.app;

import io.ctxrec.adapters.config.CtxrecConfig;
import io.ctxrec.adapters.dl4j.NativeThreads;
import io.ctxrec.training.pipeline.InterruptedRuns;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Runs the service until stopped: database, demo data if the shop is empty, Camel routes, HTTP. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the recommendation service (HTTP on CTXREC_HTTP_PORT, default 8080).")
final class ServeCommand implements Callable<Integer> {

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
        TrainingRequests.fromConfig(config, Infrastructure.families()); // a bad training setting fails now, not at 03:00
        List<String> jvm = ServeJvm.relaunchWith(config.get("ctxrec.serve.jvm-options"),
                ManagementFactory.getRuntimeMXBean().getInputArguments());
        if (!jvm.isEmpty()) {
            return ServeJvm.relaunch(jvm);
        }
        NativeThreads.useOne();
        try (Infrastructure infra = Infrastructure.open(config)) {
            infra.ensureDemoData();
            if (!config.getBoolean("ctxrec.cluster.enabled")) {
                // A training this service left half-done when it last stopped is FAILED now, not TRAINING forever
                // (in a cluster, whoever takes the training lease next does this: another instance may be training).
                InterruptedRuns.recover(infra.jdbc().modelVersions(), infra.modelStore());
                infra.jdbc().trainingRunLog().abandonOthers("", java.time.Instant.now(),
                        "the service stopped before it ended");
            }
            CtxrecApplication.create(config, infra).run();
        }
        return 0;
    }
}
