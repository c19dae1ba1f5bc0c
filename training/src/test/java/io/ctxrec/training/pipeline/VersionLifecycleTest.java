package io.ctxrec.training.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.port.ModelVersion;
import io.ctxrec.domain.port.ModelVersion.Status;
import io.ctxrec.domain.port.OfflineResult;
import io.ctxrec.domain.scoring.ModelName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionLifecycleTest {
    @TempDir
    Path dir;

    @Test
    void successfulRunRegistersSavesEncodersAndActivatesItsVersion() {
        Pipelines p = new Pipelines(dir);

        TrainingOutcome outcome = p.real().run(Pipelines.ONE_EPOCH);

        assertThat(outcome.version()).isEqualTo("v001");
        assertThat(outcome.status()).isEqualTo(Status.ACTIVE);
        assertThat(p.versions.active().map(ModelVersion::version)).contains("v001");
        assertThat(p.encoderStore.versions()).containsExactly("v001");
        assertThat(p.folders().versions()).containsExactly("v001");
    }

    @Test
    void failedRunLeavesTheActiveVersionAndItsFilesUntouchedAndNoTempFolder() throws IOException {
        Pipelines p = new Pipelines(dir);
        p.real().run(Pipelines.ONE_EPOCH);
        Map<String, byte[]> before = contents(dir);

        TrainingPipeline failing = p.with(Pipelines.failingAt(ModelName.NEUMF, "out of memory in NeuMF"));
        TrainingOutcome outcome = failing.run(Pipelines.ONE_EPOCH);

        assertThat(outcome.failed()).isTrue();
        assertThat(outcome.reason()).isEqualTo("IllegalStateException: out of memory in NeuMF");
        ModelVersion failed = p.versions.find(outcome.version()).orElseThrow();
        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(failed.note()).isEqualTo(outcome.reason());
        assertThat(p.versions.active().map(ModelVersion::version)).contains("v001");
        Map<String, byte[]> after = contents(dir);
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((file, bytes) -> assertThat(after.get(file)).as(file).isEqualTo(bytes));
        assertThat(p.encoderStore.versions()).containsExactly("v001");
    }

    @Test
    void runWhoseEncodersCannotBeSavedFailsWithoutAFolder() throws IOException {
        Pipelines p = new Pipelines(dir);
        p.encoderStore.failingWith(new IllegalStateException("connection lost"));

        TrainingOutcome outcome = p.real().run(Pipelines.ONE_EPOCH.withModels(ModelName.BMF));

        assertThat(outcome.failed()).isTrue();
        assertThat(p.versions.find("v001").orElseThrow().note()).isEqualTo("IllegalStateException: connection lost");
        assertThat(p.versions.active()).isEmpty();
        try (Stream<Path> left = Files.list(p.folders().root())) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void qualityGateRejectsAWorseVersionAndKeepsTheActiveOne() {
        Pipelines p = new Pipelines(dir);
        TrainingOutcome good = p.real().run(Pipelines.ONE_EPOCH);

        TrainingOutcome worse = p.with(Pipelines.scoresAllAlike()).run(Pipelines.ONE_EPOCH.withQualityGateMargin(0.01));

        double bestMap = OfflineResult.bestMap(offline(good.results())).orElseThrow();
        assertThat(bestMap).isGreaterThan(0.01);
        assertThat(OfflineResult.bestMap(offline(worse.results()))).hasValue(0.0);
        assertThat(worse.status()).isEqualTo(Status.REJECTED);
        assertThat(worse.reason()).startsWith("best MAP 0.0000 is below active version v001's ");
        assertThat(p.versions.find("v002").orElseThrow().status()).isEqualTo(Status.REJECTED);
        assertThat(p.versions.active().map(ModelVersion::version)).contains("v001");
        assertThat(p.folders().versions()).containsExactly("v001", "v002");
    }

    @Test
    void qualityGateLetsThroughAVersionWithinTheMargin() {
        Pipelines p = new Pipelines(dir);
        p.real().run(Pipelines.ONE_EPOCH);

        TrainingOutcome worse = p.with(Pipelines.scoresAllAlike()).run(Pipelines.ONE_EPOCH.withQualityGateMargin(1.0));

        assertThat(worse.status()).isEqualTo(Status.ACTIVE);
        assertThat(p.versions.find("v001").orElseThrow().status()).isEqualTo(Status.RETIRED);
    }

    @Test
    void pruningKeepsTheNewestFoldersAndNeverTheActiveOne() {
        Pipelines p = new Pipelines(dir);
        TrainingRequest bmf = Pipelines.ONE_EPOCH.withModels(ModelName.BMF).withKeepVersions(2);
        p.real().run(bmf);
        TrainingPipeline rejected = p.with(Pipelines.scoresAllAlike());
        for (int run = 2; run <= 4; run++) {
            assertThat(rejected.run(bmf.withQualityGateMargin(0)).status()).isEqualTo(Status.REJECTED);
        }

        assertThat(p.folders().versions()).containsExactly("v001", "v003", "v004");
        assertThat(p.versions.find("v002")).isEmpty();
        assertThat(p.versions.all()).extracting(ModelVersion::version).containsExactly("v001", "v003", "v004");
        assertThat(p.versions.active().map(ModelVersion::version)).contains("v001");
    }

    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return files;
    }

    private static List<OfflineResult> offline(List<ModelResult> results) {
        return results.stream().map(ModelResult::offline).toList();
    }
}
