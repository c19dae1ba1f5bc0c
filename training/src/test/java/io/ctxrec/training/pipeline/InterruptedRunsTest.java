package io.ctxrec.training.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.port.ModelVersion.Status;
import io.ctxrec.domain.testdata.InMemoryModelVersions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterruptedRunsTest {

    @TempDir
    Path dataDir;

    @Test
    void aVersionLeftTrainingByAStoppedProcessBecomesFailedAndItsTempFolderGoes() throws Exception {
        InMemoryModelVersions versions = new InMemoryModelVersions();
        versions.register("v1");
        versions.mark("v1", Status.READY, "");
        versions.activate("v1");
        Files.createDirectories(dataDir.resolve("versions").resolve("v1"));
        versions.register("v2");
        Path halfWritten = Files.createDirectories(dataDir.resolve("versions").resolve("v2.tmp"));

        assertThat(InterruptedRuns.recover(versions, dataDir)).containsExactly("v2");

        assertThat(versions.find("v2").orElseThrow().status()).isEqualTo(Status.FAILED);
        assertThat(versions.find("v2").orElseThrow().note()).contains("interrupted");
        assertThat(halfWritten).doesNotExist();
        assertThat(versions.active().orElseThrow().version()).isEqualTo("v1");
        assertThat(dataDir.resolve("versions").resolve("v1")).isDirectory();
    }

    @Test
    void nothingToRecoverChangesNothing() {
        InMemoryModelVersions versions = new InMemoryModelVersions();
        versions.register("v1");
        versions.mark("v1", Status.READY, "");

        assertThat(InterruptedRuns.recover(versions, dataDir)).isEmpty();
        assertThat(versions.find("v1").orElseThrow().status()).isEqualTo(Status.READY);
    }
}
