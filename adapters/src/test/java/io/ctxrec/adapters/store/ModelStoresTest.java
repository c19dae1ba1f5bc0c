package io.ctxrec.adapters.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ctxrec.adapters.artifacts.VersionFolders;
import io.ctxrec.adapters.config.CtxrecConfig;
import io.ctxrec.adapters.jdbc.Database;
import io.ctxrec.adapters.jdbc.JdbcAdapters;
import io.ctxrec.adapters.jdbc.TestDatabase;
import io.ctxrec.domain.port.ModelStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelStoresTest {
    @TempDir
    Path dir;
    private final Database database = Database.open(TestDatabase.h2().settings());
    private final JdbcAdapters jdbc = JdbcAdapters.of(database);

    @AfterEach
    void close() {
        database.close();
    }

    private CtxrecConfig config(Map<String, String> env) {
        return CtxrecConfig.load(null, env, new Properties());
    }

    @Test
    void byDefaultTheVersionFoldersUnderTheDataDirAreTheStore() throws Exception {
        ModelStore store = ModelStores.configured(config(Map.of("CTXREC_DATA_DIR", dir.toString())), jdbc);

        assertThat(store).isInstanceOf(VersionFolders.class);
        Files.createDirectories(dir.resolve("versions").resolve("v1"));
        assertThat(store.versions()).containsExactly("v1");
    }

    @Test
    void aConfiguredDirectoryHoldsTheFolders() throws Exception {
        Path shared = dir.resolve("shared");
        ModelStore store = ModelStores.configured(config(Map.of("CTXREC_MODELS_DIR", shared.toString())), jdbc);

        store.draft("v1");
        store.publish("v1");

        assertThat(shared.resolve("v1")).isDirectory();
    }

    @Test
    void theDatabaseStoreKeepsItsCopiesInTheConfiguredDirectory() {
        Path copies = dir.resolve("copies");
        ModelStore store = ModelStores.configured(config(Map.of("CTXREC_MODELS_STORE", "database",
                "CTXREC_MODELS_DIR", copies.toString())), jdbc);

        store.draft("v1");
        store.publish("v1");

        assertThat(store).isNotInstanceOf(VersionFolders.class);
        assertThat(store.versions()).containsExactly("v1");
        assertThat(copies.resolve("v1")).isDirectory();
    }

    @Test
    void anUnknownStoreIsRefusedByName() {
        assertThatThrownBy(() -> ModelStores.configured(config(Map.of("CTXREC_MODELS_STORE", "s3")), jdbc))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ctxrec.models.store must be files or database, was 's3'");
    }
}
