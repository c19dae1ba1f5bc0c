package io.ctxrec.adapters.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ctxrec.domain.encoding.EncoderSet;
import io.ctxrec.domain.encoding.IdEncoder;
import io.ctxrec.domain.fallback.WeightProfile;
import io.ctxrec.domain.family.ModelFamilies;
import io.ctxrec.domain.family.ModelFamily;
import io.ctxrec.domain.port.LoadedVersion;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.domain.scoring.ScoringModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DamagedArtifactsTest {
    private static final ModelName ONE = ModelName.of("One");
    private static final ModelName TWO = ModelName.of("Two");

    @TempDir
    Path dataDir;
    private VersionFolders folders;
    private FileModelArtifacts artifacts;

    @BeforeEach
    void publishedVersionOfTwoModels() throws IOException {
        folders = new VersionFolders(dataDir);
        Path temp = folders.draft("v1");
        EncoderFiles.write(temp.resolve(EncoderFiles.FILE_NAME), new EncoderSet(IdEncoder.ofIndexOrder(List.of("u1")),
                IdEncoder.ofIndexOrder(List.of("p1", "p2")), List.of()));
        Files.writeString(temp.resolve("One_model.txt"), "v1");
        Files.writeString(temp.resolve("Two_model.txt"), "v1");
        folders.publish("v1");
        artifacts = new FileModelArtifacts(dataDir, ModelFamilies.of(List.of(new TextFamily(ONE), new TextFamily(TWO))));
    }

    @Test
    void publishingRecordsTheSha256OfEveryFileInSha256sumFormat() throws IOException {
        List<String> lines = Files.readAllLines(folders.folder("v1").resolve(ArtifactChecksums.FILE_NAME));

        assertThat(lines).hasSize(3).allMatch(line -> line.matches("[0-9a-f]{64}  \\S+"));
        // sha256 of "v1"
        assertThat(lines).contains("3bfc269594ef649228e9a74bab00f042efc91d5acc6fbee31a382e80d42388fe  One_model.txt");
    }

    @Test
    void anIntactVersionLoadsEveryModelChecked() {
        LoadedVersion loaded = artifacts.load("v1");

        assertThat(loaded.models()).containsOnlyKeys(ONE, TWO);
        assertThat(loaded.damage().checksummed()).isTrue();
        assertThat(loaded.damage().intact()).isTrue();
    }

    @Test
    void aTruncatedModelFileDropsThatModelAndTheOtherServes() throws IOException {
        Files.writeString(folders.folder("v1").resolve("Two_model.txt"), "v");

        LoadedVersion loaded = artifacts.load("v1");

        assertThat(loaded.models()).containsOnlyKeys(ONE);
        assertThat(loaded.damage().intact()).isFalse();
        assertThat(loaded.damage().damagedFiles()).containsOnlyKeys("Two_model.txt");
        assertThat(loaded.damage().reasons()).anyMatch(r -> r.startsWith("Two left out: Two_model.txt SHA-256 differs"));
    }

    @Test
    void aModelThatFailsToLoadIsLeftOutEvenWhenItsChecksumMatches() throws IOException {
        Path folder = folders.folder("v1");
        Files.writeString(folder.resolve("One_model.txt"), "not v1");
        Files.delete(folder.resolve(ArtifactChecksums.FILE_NAME)); // a version saved before checksums

        LoadedVersion loaded = artifacts.load("v1");

        assertThat(loaded.models()).containsOnlyKeys(TWO);
        assertThat(loaded.damage().checksummed()).isFalse();
        assertThat(loaded.damage().droppedModels()).containsOnlyKeys(ONE);
    }

    @Test
    void everyModelDamagedMakesTheVersionUnloadableNamingTheFiles() throws IOException {
        Files.writeString(folders.folder("v1").resolve("One_model.txt"), "");
        Files.delete(folders.folder("v1").resolve("Two_model.txt"));

        assertThatThrownBy(() -> artifacts.load("v1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no loadable model").hasMessageContaining("One_model.txt SHA-256 differs")
                .hasMessageContaining("Two_model.txt missing");
    }

    @Test
    void aDamagedFileOfTheWholeVersionMakesItUnloadable() throws IOException {
        Files.writeString(folders.folder("v1").resolve(EncoderFiles.FILE_NAME), "{}");

        assertThatThrownBy(() -> artifacts.load("v1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot serve: encoders.json SHA-256 differs");
    }

    /** A model whose one file must say the version's name. */
    private record TextFamily(ModelName name) implements ModelFamily {
        @Override
        public String colour() {
            return "#000000";
        }

        @Override
        public Optional<WeightProfile> fallbackWeights() {
            return Optional.empty();
        }

        @Override
        public Optional<SavedModel> load(Path folder, String version, EncoderSet encoders) {
            Path file = folder.resolve(name.displayName() + "_model.txt");
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                if (!Files.readString(file).equals(version)) {
                    throw new IllegalArgumentException(file + " is not of version " + version);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Optional.of(SavedModel.of(new Constant(name, version)));
        }
    }

    private record Constant(ModelName name, String version) implements ScoringModel {
        @Override
        public float[] score(int user, int[] items, int[] context) {
            return new float[items.length];
        }
    }
}
