package io.ctxrec.app;

import io.ctxrec.adapters.config.CtxrecConfig;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar ctxrec.jar <command>}: the one entry point of the service and its tools. */
@Command(name = "ctxrec", mixinStandardHelpOptions = true, version = "ctxrec 0.1.0",
        description = "Contextual product recommendations: four deep-learning models behind an Apache Camel service.",
        subcommands = {ServeCommand.class, TrainCommand.class, GenerateCommand.class, ImportCommand.class},
        footer = {"", "Configuration: config/ctxrec.properties documents every key; environment variables "
                + "such as CTXREC_DB_URL override them."})
public final class CtxrecCli implements Runnable {

    @Option(names = "--config", scope = CommandLine.ScopeType.INHERIT, paramLabel = "FILE",
            description = "A properties file over the defaults (also CTXREC_CONFIG), e.g. config/mysql.properties.")
    Path configFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return execute(new CtxrecCli(), "ctxrec", args);
    }

    /**
     * Runs the picocli command {@code root} (this CLI, or the bench jar's): a user error gets one clear
     * line, prefixed with {@code name}, and exit code 2, not a stack trace.
     */
    public static int execute(Object root, String name, String... args) {
        CommandLine cli = new CommandLine(root);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
                line.getErr().println(name + ": " + e.getMessage());
                return 2;
            }
            throw e;
        });
        return cli.execute(args);
    }

    CtxrecConfig config() {
        return CtxrecConfig.load(configFile, System.getenv(), System.getProperties());
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
