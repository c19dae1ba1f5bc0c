package io.ctxrec.bench;

import io.ctxrec.app.CtxrecCli;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar bench/target/ctxrec-bench.jar <quality|train|serve|cache>}: benchmarks that print a table and
 * write CSV/JSON under {@code target/bench/}. Timings live here, never in unit tests; the service jar does
 * not carry them.
 */
@Command(name = "ctxrec-bench", mixinStandardHelpOptions = true, version = "ctxrec-bench 0.1.0",
        description = "Benchmarks: model quality on real data, training speed, serving speed. "
                + "Each prints a table and writes CSV and JSON under target/bench/.",
        subcommands = {BenchQualityCommand.class, BenchTrainCommand.class, BenchServeCommand.class,
                BenchCacheCommand.class},
        footer = {"", "Configuration: config/ctxrec.properties documents every key (bench quality reads "
                + "ctxrec.training.model-defaults); --config FILE or CTXREC_CONFIG names a file over it."})
public final class BenchCli implements Runnable {

    // Read by BenchQualityCommand through the command spec (spec.root().findOption("--config")).
    @Option(names = "--config", scope = CommandLine.ScopeType.INHERIT, paramLabel = "FILE",
            description = "A properties file over the defaults (also CTXREC_CONFIG), e.g. config/mysql.properties.")
    Path configFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return CtxrecCli.execute(new BenchCli(), "ctxrec-bench", args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
