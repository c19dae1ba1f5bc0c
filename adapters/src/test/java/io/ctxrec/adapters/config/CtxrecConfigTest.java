package io.ctxrec.adapters.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CtxrecConfigTest {

    @Test
    void defaultsRunOnTheEmbeddedDatabase() {
        CtxrecConfig config = CtxrecConfig.load(null, Map.of(), new Properties());

        assertThat(config.get("ctxrec.db.url")).startsWith("jdbc:h2:file:./data/db/ctxrec;MODE=MySQL");
        assertThat(config.getInt("ctxrec.http.port")).isEqualTo(8080);
        assertThat(config.getPath("ctxrec.data.dir")).isEqualTo(Path.of("./data"));
    }

    @Test
    void environmentVariablesOverrideDefaultsAndReferencesFollow() {
        CtxrecConfig config = CtxrecConfig.load(null,
                Map.of("CTXREC_DATA_DIR", "/srv/ctxrec", "CTXREC_HTTP_PORT", "9090", "CTXREC_DB_POOL_SIZE", "3"),
                new Properties());

        assertThat(config.getInt("ctxrec.http.port")).isEqualTo(9090);
        assertThat(config.getInt("ctxrec.db.pool-size")).isEqualTo(3);
        assertThat(config.get("ctxrec.db.url")).startsWith("jdbc:h2:file:/srv/ctxrec/db/ctxrec;");
    }

    @Test
    void systemPropertiesWinOverEnvironment() {
        Properties system = new Properties();
        system.setProperty("ctxrec.http.port", "7070");

        CtxrecConfig config = CtxrecConfig.load(null, Map.of("CTXREC_HTTP_PORT", "9090"), system);

        assertThat(config.getInt("ctxrec.http.port")).isEqualTo(7070);
    }

    @Test
    void fileNamedByCtxrecConfigOverridesDefaults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mysql.properties");
        Files.writeString(file, "ctxrec.db.url=jdbc:mysql://db:3306/shop\nctxrec.db.user=shop\n");

        CtxrecConfig config = CtxrecConfig.load(null, Map.of("CTXREC_CONFIG", file.toString(),
                "CTXREC_DB_USER", "admin"), new Properties());

        assertThat(config.get("ctxrec.db.url")).isEqualTo("jdbc:mysql://db:3306/shop");
        assertThat(config.get("ctxrec.db.user")).isEqualTo("admin");
    }

    @Test
    void shippedMysqlFileIsAValidOverride() {
        CtxrecConfig config = CtxrecConfig.load(Path.of("../config/mysql.properties"), Map.of(), new Properties());

        assertThat(config.get("ctxrec.db.url")).startsWith("jdbc:mysql://127.0.0.1:3306/ctxrec");
    }

    @Test
    void badValuesGiveErrorsNamingTheKey() {
        CtxrecConfig config = CtxrecConfig.load(null, Map.of("CTXREC_HTTP_PORT", "eighty"), new Properties());

        assertThatThrownBy(() -> config.getInt("ctxrec.http.port"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ctxrec.http.port");
        assertThatThrownBy(() -> config.get("ctxrec.nope")).hasMessageContaining("unknown configuration key");
        assertThatThrownBy(() -> CtxrecConfig.load(Path.of("/nonexistent.properties"), Map.of(), new Properties()))
                .hasMessageContaining("/nonexistent.properties");
    }
}
