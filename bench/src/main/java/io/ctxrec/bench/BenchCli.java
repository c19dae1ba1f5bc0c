package io.ctxrec.app;

import io.ctxrec.app.bench.BenchQualityCommand;
import io.ctxrec.app.bench.BenchServeCommand;
import io.ctxrec.app.bench.BenchTrainCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code java -jar ctxrec.jar bench <quality|train|serve>}: benchmarks that print a table and write
 * CSV/JSON under {@code target/bench/}. Timings live here, never in unit tests.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: model quality on real data, training speed, serving speed. "
                + "Each prints a table and writes CSV and JSON under target/bench/.",
        subcommands = {BenchQualityCommand.class, BenchTrainCommand.class, BenchServeCommand.class})
final class BenchCommand implements Runnable {

    @ParentCommand
    CtxrecCli parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
