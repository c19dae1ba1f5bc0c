package io.ctxrec.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CtxrecCliTest {

    @Test
    void helpListsEveryCommand() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new CtxrecCli());
        cli.setOut(new PrintWriter(out));

        int code = cli.execute("--help");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("serve", "train", "generate", "import", "CTXREC_DB_URL");
    }

    @Test
    void everyCommandsHelpIsFormattedWithoutWarnings() {
        // picocli formats descriptions: a lone '%' makes it warn on stderr and print the raw text.
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true));
        StringBuilder help = new StringBuilder();
        try {
            CommandLine cli = new CommandLine(new CtxrecCli());
            help.append(cli.getUsageMessage());
            cli.getSubcommands().values().forEach(sub -> help.append(sub.getUsageMessage()));
        } finally {
            System.setErr(original);
        }

        assertThat(help.toString()).contains("latest 20% of each user's events");
        assertThat(err.toString()).doesNotContain("picocli WARN");
    }

    @Test
    void benchmarksAreNotPartOfTheServiceCommandLine() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new CtxrecCli());
        cli.setOut(new PrintWriter(out));

        cli.execute("--help");

        // They are their own jar: java -jar bench/target/ctxrec-bench.jar quality|train|serve.
        assertThat(out.toString()).doesNotContain("bench");
        assertThat(cli.getSubcommands()).doesNotContainKey("bench");
    }

    @Test
    void unknownImportFormatIsAClearErrorNotAStackTrace() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true));
        try {
            int code = CtxrecCli.run("import", "--format", "xml", "nothing.xml");
            assertThat(code).isEqualTo(2);
        } finally {
            System.setErr(original);
        }
        assertThat(err.toString()).contains("--format must be csv, movielens or depaul, was 'xml'")
                .doesNotContain("Exception");
    }

    @Test
    void generateOptionsOverrideThePreset() {
        GenerateCommand command = new GenerateCommand();
        new CommandLine(command).parseArgs("--size", "large", "--users", "10", "--seed", "7");

        assertThat(command.settings().users()).isEqualTo(10);
        assertThat(command.settings().products()).isEqualTo(10_000);
        assertThat(command.settings().interactions()).isEqualTo(2_000_000);
        assertThat(command.settings().seed()).isEqualTo(7L);
    }

    @Test
    void trainOptionsOverrideTheConfiguredRequest() {
        TrainCommand command = new TrainCommand();
        new CommandLine(command).parseArgs("--models", "bmf, NeuMF", "--epochs", "3", "--batch", "256",
                "--protocol", "loo");

        var request = command.request(io.ctxrec.adapters.config.CtxrecConfig.load(null, java.util.Map.of(),
                new java.util.Properties()));

        assertThat(request.models()).containsExactly(io.ctxrec.domain.scoring.ModelName.BMF,
                io.ctxrec.domain.scoring.ModelName.NEUMF);
        assertThat(request.epochs()).isEqualTo(3);
        assertThat(request.batchSize()).isEqualTo(256);
        assertThat(request.dataset().protocol()).isEqualTo(io.ctxrec.training.dataset.SplitProtocol.LOO);
        assertThat(request.dataset().negativesPerPositive()).isEqualTo(4);
    }

    @Test
    void badTrainingSettingIsAClearError() {
        TrainCommand command = new TrainCommand();
        new CommandLine(command).parseArgs("--models", "SVD");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> command.request(
                        io.ctxrec.adapters.config.CtxrecConfig.load(null, java.util.Map.of(), new java.util.Properties())))
                .hasMessageContaining("'SVD'");
    }
}
