package io.ctxrec.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchCliTest {

    @Test
    void helpListsTheFourBenchmarksAndTheConfigOption() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new BenchCli());
        cli.setOut(new PrintWriter(out));

        int code = cli.execute("--help");

        assertThat(code).isZero();
        assertThat(cli.getSubcommands()).containsOnlyKeys("quality", "train", "serve", "cache");
        assertThat(out.toString()).contains("quality", "train", "serve", "cache", "--config");
    }

    @Test
    void theConfigOptionIsTakenAfterTheSubcommandToo() {
        CommandLine cli = new CommandLine(new BenchCli());

        CommandLine.ParseResult parsed = cli.parseArgs("quality", "--config", "config/mysql.properties", "--synthetic",
                "2x2x2");

        Path config = parsed.subcommand().matchedOptionValue("--config", null);
        assertThat(config).isEqualTo(Path.of("config/mysql.properties"));
    }
}
