package io.ctxrec.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ctxrec.adapters.artifacts.ArtifactChecksums;
import io.ctxrec.adapters.artifacts.VersionFolders;
import io.ctxrec.domain.port.ModelStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database's model store as two instances on one database see it: one trains, the other serves. */
abstract class ModelStoreContract extends DatabaseContract {
    /** Two and a half chunks: a model zip larger than one row. */
    private static final byte[] MODEL = new Random(7).ints(StoredFiles.CHUNK_BYTES * 5 / 2).collect(
            java.io.ByteArrayOutputStream::new, (out, i) -> out.write(i), (a, b) -> a.writeBytes(b.toByteArray()))
            .toByteArray();

    @TempDir
    Path trainerDir;
    @TempDir
    Path servingDir;
    private ModelStore trainer;
    private ModelStore serving;

    @BeforeEach
    void twoInstances() {
        trainer = adapters.modelStore(VersionFolders.at(trainerDir));
        serving = adapters.modelStore(VersionFolders.at(servingDir));
    }

    private void publish(String version) throws IOException {
        Path draft = trainer.draft(version);
        Files.write(draft.resolve("ENCM_model.zip"), MODEL);
        Files.writeString(draft.resolve("encoders.json"), "{\"version\":\"" + version + "\"}");
        Files.write(draft.resolve("empty.txt"), new byte[0]);
        trainer.publish(version);
    }

    @Test
    void anotherInstanceReadsAPublishedVersionByteForByteWithItsChecksums() throws IOException {
        publish("v1");

        Path folder = serving.localFolder("v1");

        assertThat(folder.getParent()).isEqualTo(servingDir.toAbsolutePath());
        assertThat(Files.readAllBytes(folder.resolve("ENCM_model.zip"))).isEqualTo(MODEL);
        assertThat(Files.readString(folder.resolve("encoders.json"))).isEqualTo("{\"version\":\"v1\"}");
        assertThat(Files.size(folder.resolve("empty.txt"))).isZero();
        assertThat(ArtifactChecksums.recorded(folder))
                .isEqualTo(ArtifactChecksums.recorded(trainer.localFolder("v1")))
                .containsOnlyKeys("ENCM_model.zip", "encoders.json", "empty.txt");
        assertThat(ArtifactChecksums.verify(folder)).contains(Map.of());
    }

    @Test
    void aModelLargerThanAChunkIsStoredInSeveralRows() throws Exception {
        publish("v1");

        assertThat(rows("model_store_versions")).isEqualTo(1);
        assertThat(rows("model_store_files")).isEqualTo(3);
        assertThat(rows("model_store_chunks")).isEqualTo(3 + 1); // the model's three chunks, the encoders' one
    }

    @Test
    void theVersionIsReadOnceAndThenServedFromTheLocalCopy() throws Exception {
        publish("v1");
        Path first = serving.localFolder("v1");
        Files.writeString(first.resolve("marker"), "local");

        assertThat(serving.localFolder("v1")).isEqualTo(first);
        assertThat(first.resolve("marker")).exists();
    }

    @Test
    void aVersionNotInTheStoreIsRefused() throws IOException {
        publish("v1");
        trainer.draft("v2");

        assertThatThrownBy(() -> serving.localFolder("v2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("v2 is not in the model store");
        assertThat(servingDir.resolve("v2")).doesNotExist();
    }

    @Test
    void versionsAreThePublishedOnesOldestFirst() throws IOException {
        publish("20260102-000000");
        publish("20260101-000000");
        trainer.draft("20260103-000000");

        assertThat(serving.versions()).containsExactly("20260101-000000", "20260102-000000");
    }

    @Test
    void deletingAVersionRemovesItsRowsAndItsLocalCopy() throws Exception {
        publish("v1");
        publish("v2");

        trainer.delete("v1");

        assertThat(trainer.versions()).containsExactly("v2");
        assertThat(trainerDir.resolve("v1")).doesNotExist();
        assertThat(rows("model_store_files")).isEqualTo(3);
        assertThat(rows("model_store_chunks")).isEqualTo(4);
        assertThatThrownBy(() -> serving.localFolder("v1")).isInstanceOf(IllegalArgumentException.class);
        trainer.delete("unknown");
    }

    @Test
    void aReaderDropsItsCopiesOfVersionsTheStoreNoLongerHolds() throws IOException {
        publish("v1");
        serving.localFolder("v1");
        trainer.delete("v1");
        publish("v2");

        serving.localFolder("v2");

        assertThat(servingDir.resolve("v1")).doesNotExist();
        assertThat(servingDir.resolve("v2")).isDirectory();
    }

    @Test
    void aFolderTheInstanceWroteItselfIsNeverDroppedSo() throws IOException {
        Path before = Files.createDirectories(servingDir.resolve("v0"));
        Files.writeString(before.resolve("encoders.json"), "trained before the store was the database");
        publish("v1");

        serving.localFolder("v1");

        assertThat(serving.localFolder("v0")).isEqualTo(before.toAbsolutePath());
        assertThat(before.resolve("encoders.json")).exists();
    }

    @Test
    void aBlobDamagedInTheDatabaseFailsItsChecksumWhenRead() throws Exception {
        publish("v1");
        try (Connection c = database.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE model_store_chunks SET content = ? WHERE file_name = 'ENCM_model.zip' AND chunk = 1")) {
            s.setBytes(1, "not the model".getBytes(StandardCharsets.UTF_8));
            s.executeUpdate();
        }

        Path folder = serving.localFolder("v1");

        assertThat(ArtifactChecksums.verify(folder)).contains(Map.of("ENCM_model.zip",
                "SHA-256 differs from the one recorded at save"));
    }

    @Test
    void aMissingChunkLeavesTheFileShortAndDamaged() throws Exception {
        publish("v1");
        execute("DELETE FROM model_store_chunks WHERE file_name = 'ENCM_model.zip' AND chunk = 2");

        Path folder = serving.localFolder("v1");

        assertThat(Files.size(folder.resolve("ENCM_model.zip"))).isEqualTo(2L * StoredFiles.CHUNK_BYTES);
        assertThat(ArtifactChecksums.verify(folder).orElseThrow()).containsKey("ENCM_model.zip");
    }

    @Test
    void publishingAVersionAgainReplacesItsFiles() throws Exception {
        publish("v1");
        trainer.delete("v1");
        Path draft = trainer.draft("v1");
        Files.writeString(draft.resolve("encoders.json"), "again");
        trainer.publish("v1");

        assertThat(Files.readString(serving.localFolder("v1").resolve("encoders.json"))).isEqualTo("again");
        assertThat(rows("model_store_files")).isEqualTo(1);
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); var s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
