package io.ctxrec.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeOptionsTest {

    private static ServeOptions parsed(String... args) {
        BenchServeCommand command = new BenchServeCommand();
        new CommandLine(command).parseArgs(args);
        return command.o;
    }

    @Test
    void aProductsOnSaleSizeAboveTheShopIsRefusedByName() {
        ServeOptions options = parsed("--products", "5000", "--sizes", "1000,10000");

        assertThatThrownBy(options::check).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--sizes").hasMessageContaining("5000");
    }

    @Test
    void anUnknownLoadGeneratorIsRefused() {
        ServeOptions options = parsed("--generator", "ab");

        assertThatThrownBy(options::check).hasMessageContaining("--generator must be java or wrk");
    }

    @Test
    void theServiceIsConfiguredOnLoopbackWithTheBenchsPortTokenAndRefresh() {
        ServeOptions options = parsed("--port", "19090", "--shop-refresh", "4", "--epochs", "2");

        var props = options.properties(Path.of("/tmp/shop"), "secret");

        assertThat(props).containsEntry("ctxrec.http.host", "127.0.0.1").containsEntry("ctxrec.http.port", "19090")
                .containsEntry("ctxrec.admin.token", "secret")
                .containsEntry("ctxrec.recommend.shop-refresh-seconds", "4")
                .containsEntry("ctxrec.training.epochs", "2");
        assertThat(props.get("ctxrec.db.url")).startsWith("jdbc:h2:file:/tmp/shop/db/ctxrec");
    }
}
