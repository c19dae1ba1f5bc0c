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

    @Test
    void theWideShopIsTheDefault() {
        ServeOptions options = parsed();

        options.check();

        assertThat(options.users).isEqualTo(300);
        assertThat(options.products).isEqualTo(100_000);
        assertThat(options.interactions).isEqualTo(12_000);
        assertThat(options.sizes).containsExactly(1_000, 10_000, 100_000);
    }

    @Test
    void theLargeShopIsGenerateSizeLargesWithInitWithinItsCatalogAndA4GbHeap() {
        ServeOptions options = parsed("--size", "large");

        options.check();

        assertThat(options.users).isEqualTo(50_000);
        assertThat(options.products).isEqualTo(10_000);
        assertThat(options.interactions).isEqualTo(2_000_000);
        assertThat(options.sizes).containsExactly(1_000, 10_000);
        assertThat(options.serviceJvm()).last().isEqualTo("-Xmx4g");
    }

    @Test
    void explicitShopOptionsOverrideThePreset() {
        ServeOptions options = parsed("--size", "large", "--users", "2000", "--sizes", "500",
                "--service-jvm=-Xmx3g");

        options.check();

        assertThat(options.users).isEqualTo(2_000);
        assertThat(options.products).isEqualTo(10_000);
        assertThat(options.sizes).containsExactly(500);
        assertThat(options.serviceJvm()).containsExactly("-Xmx3g");
    }

    @Test
    void anUnknownShopSizeIsRefusedByName() {
        ServeOptions options = parsed("--size", "huge");

        assertThatThrownBy(options::check).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--size must be wide or large");
    }

    @Test
    void instancesAreCountsMeasuredInTurnOnTheLocalMariadbAsRootByDefault() {
        ServeOptions options = parsed("--instances", "1,2", "--port", "19000");

        options.check();
        var props = options.properties(Path.of("/tmp/shop"), "secret");

        assertThat(options.clustered()).isTrue();
        assertThat(options.instances).containsExactly(1, 2);
        assertThat(props.get("ctxrec.db.url")).startsWith("jdbc:mysql://127.0.0.1:3306/ctxrec_bench_instances");
        assertThat(props).containsEntry("ctxrec.db.user", "root");
    }

    @Test
    void withoutInstancesOneServiceIsMeasuredDirectlyOnH2() {
        ServeOptions options = parsed();

        assertThat(options.clustered()).isFalse();
        assertThat(options.dbUser()).isEqualTo("ctxrec");
    }

    @Test
    void instancesRefuseH2AndCountsOutOfRange() {
        assertThatThrownBy(parsed("--instances", "2", "--db-url", "jdbc:h2:mem:x")::check)
                .hasMessageContaining("--instances needs a database every instance shares");
        assertThatThrownBy(parsed("--instances", "0,2")::check).hasMessageContaining("--instances must be counts");
        assertThatThrownBy(parsed("--instances", "2", "--port", "65534")::check)
                .hasMessageContaining("--instances must be counts");
    }

    @Test
    void eachInstanceIsClusteredOnItsOwnPortAndNameSharingTheShopsDatabaseAndVersions() {
        var shop = parsed("--instances", "2", "--db-url", "jdbc:mysql://db/x", "--db-user", "bench")
                .properties(Path.of("/tmp/shop"), "secret");

        var instance = BalancedServe.instance(shop, 18082, "bench-2-2");

        assertThat(instance).containsEntry("ctxrec.http.port", "18082").containsEntry("ctxrec.cluster.enabled", "true")
                .containsEntry("ctxrec.cluster.instance-id", "bench-2-2").containsEntry("ctxrec.models.store", "files")
                .containsEntry("ctxrec.data.dir", "/tmp/shop").containsEntry("ctxrec.db.url", "jdbc:mysql://db/x")
                .containsEntry("ctxrec.db.user", "bench");
        assertThat(shop).containsEntry("ctxrec.http.port", "18080");
    }
}
