package io.ctxrec.training.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.adapters.artifacts.EncoderFiles;
import io.ctxrec.adapters.artifacts.FileModelArtifacts;
import io.ctxrec.adapters.artifacts.VersionFolders;
import io.ctxrec.adapters.family.BuiltInFamilies;
import io.ctxrec.adapters.jdbc.Database;
import io.ctxrec.adapters.jdbc.JdbcAdapters;
import io.ctxrec.adapters.jdbc.TestDatabase;
import io.ctxrec.domain.encoding.EncoderSet;
import io.ctxrec.domain.port.LoadedVersion;
import io.ctxrec.domain.port.ModelStore;
import io.ctxrec.domain.port.ModelVersion;
import io.ctxrec.domain.port.VersionDamage;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.training.data.DemoData;
import io.ctxrec.training.data.GeneratorSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline against a real database: collect from it, write encoders and the switch into it. */
abstract class PipelineOnDatabaseContract {
    private static final TrainingRequest ONE_EPOCH_BMF = TrainingRequest.defaults().withModels(ModelName.BMF)
            .withEpochs(1).withBatchSize(256).withEmbeddingDim(4);

    @TempDir
    Path dataDir;

    private TestDatabase testDatabase;
    private Database database;
    private JdbcAdapters jdbc;

    abstract TestDatabase newDatabase();

    @BeforeEach
    void openDatabaseWithATinyShop() {
        testDatabase = newDatabase();
        database = Database.open(testDatabase.settings());
        jdbc = JdbcAdapters.of(database);
        new DemoData().generate(GeneratorSettings.small().withSize(30, 40, 1_200), jdbc.shopDataLoader());
    }

    @AfterEach
    void dropDatabase() {
        database.close();
        testDatabase.drop();
    }

    private TrainingPipeline pipeline() {
        return new TrainingPipeline(new ShopSources(jdbc.interactionHistory(), jdbc.productCatalog(), jdbc.ratings()),
                jdbc.modelVersions(), jdbc.encoderStore(), dataDir, new Dl4jModelTrainer(), BuiltInFamilies.all(),
                VersionIds.systemClock(),
                ProgressLog.logOnly());
    }

    @Test
    void encodersInTheDatabaseEqualThoseInTheSavedFilesAndTheVersionIsActive() {
        TrainingOutcome outcome = pipeline().run(ONE_EPOCH_BMF);

        assertThat(outcome.status()).isEqualTo(ModelVersion.Status.ACTIVE);
        EncoderSet inFiles = EncoderFiles.read(new VersionFolders(dataDir).folder(outcome.version())
                .resolve(EncoderFiles.FILE_NAME));
        EncoderSet inDatabase = jdbc.encoderStore().load(outcome.version()).orElseThrow();
        assertThat(inDatabase).isEqualTo(inFiles);
        assertThat(inDatabase.nUsers()).isEqualTo(30);
        assertThat(inDatabase.nItems()).isEqualTo(40);
        assertThat(jdbc.modelVersions().active().orElseThrow().version()).isEqualTo(outcome.version());
    }

    @Test
    void aFailedRunLeavesTheActiveVersionInTheDatabase() {
        String first = pipeline().run(ONE_EPOCH_BMF).version();
        TrainingPipeline failing = new TrainingPipeline(
                new ShopSources(jdbc.interactionHistory(), jdbc.productCatalog(), jdbc.ratings()),
                jdbc.modelVersions(), jdbc.encoderStore(), dataDir,
                (model, config, data, listener, check) -> {
                    throw new IllegalStateException("out of memory in the test");
                },
                BuiltInFamilies.all(), VersionIds.systemClock(), ProgressLog.logOnly());

        TrainingOutcome second = failing.run(ONE_EPOCH_BMF);

        assertThat(second.failed()).isTrue();
        assertThat(jdbc.modelVersions().active().orElseThrow().version()).isEqualTo(first);
        assertThat(jdbc.modelVersions().find(second.version()).orElseThrow().status())
                .isEqualTo(ModelVersion.Status.FAILED);
        assertThat(jdbc.modelVersions().find(second.version()).orElseThrow().note()).contains("out of memory in the test");
    }

    @Test
    void aVersionInTheDatabaseStoreServesOnAnInstanceWithoutItsFiles_andPruningDeletesItsRows() {
        ModelStore trainer = jdbc.modelStore(VersionFolders.at(dataDir.resolve("trainer")));
        TrainingPipeline pipeline = new TrainingPipeline(new ShopSources(jdbc.interactionHistory(),
                jdbc.productCatalog(), jdbc.ratings()), jdbc.modelVersions(), jdbc.encoderStore(), trainer,
                new Dl4jModelTrainer(), BuiltInFamilies.all(), VersionIds.systemClock(), ProgressLog.logOnly());
        String first = pipeline.run(ONE_EPOCH_BMF.withKeepVersions(1)).version();
        String second = pipeline.run(ONE_EPOCH_BMF.withKeepVersions(1)).version();

        LoadedVersion served = new FileModelArtifacts(jdbc.modelStore(VersionFolders.at(dataDir.resolve("server"))),
                BuiltInFamilies.all()).load(second);

        assertThat(served.models()).containsKey(ModelName.BMF);
        assertThat(served.damage()).isEqualTo(VersionDamage.NONE);
        assertThat(served.encoders()).isEqualTo(jdbc.encoderStore().load(second).orElseThrow());
        assertThat(trainer.versions()).containsExactly(second).doesNotContain(first);
        assertThat(jdbc.modelVersions().find(first)).isEmpty();
    }
}
