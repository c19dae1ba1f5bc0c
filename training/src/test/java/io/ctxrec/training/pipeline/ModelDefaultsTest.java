package io.ctxrec.training.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ctxrec.adapters.config.CtxrecConfig;
import io.ctxrec.adapters.dl4j.Dl4jFamily;
import io.ctxrec.domain.scoring.ModelName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelDefaultsTest {
    @TempDir
    Path dir;

    @Test
    void theWrittenFileReadsBackTheSameHyperparameters() throws IOException {
        ModelDefaults tuned = ModelDefaults.packaged().with(ModelName.BMF,
                new ModelHyperparameters(32, List.of(), 0.002, 0.0, 8, 20, 2048, 0.003, 3, 0));
        Path file = Files.writeString(dir.resolve("model-defaults.properties"), tuned.toProperties(List.of("test")));

        ModelDefaults read = ModelDefaults.load(file);

        for (ModelName m : Dl4jFamily.names()) {
            assertThat(read.of(m)).isEqualTo(tuned.of(m));
        }
        assertThat(read.source()).isEqualTo(file.toString());
    }

    @Test
    void withoutAFileThePackagedCopyIsUsed() {
        ModelDefaults d = ModelDefaults.load(dir.resolve("absent.properties"));

        assertThat(d.source()).isEqualTo("packaged model-defaults.properties");
        assertThat(d.of(ModelName.BMF).hiddenDims()).isEmpty();
        assertThat(d.of(ModelName.NEUMF).hiddenDims()).containsExactly(64, 32);
    }

    @Test
    void aMissingOrBadKeyNamesTheFileAndTheKey() throws IOException {
        String text = ModelDefaults.packaged().toProperties(List.of());
        Path missing = Files.writeString(dir.resolve("missing.properties"), text.replace("lncm.l2=", "lncm.l3="));
        Path bad = Files.writeString(dir.resolve("bad.properties"), text.replaceFirst("bmf.max-epochs=\\d+", "bmf.max-epochs=99"));

        assertThatThrownBy(() -> ModelDefaults.load(missing)).hasMessageContaining("has no value for lncm.l2");
        assertThatThrownBy(() -> ModelDefaults.load(bad)).hasMessageContaining("BMF")
                .hasMessageContaining("max-epochs must be in [1, 50], was 99");
    }

    @Test
    void aFileFromBeforeEarlyStoppingReadsItsEpochsAsMaxEpochsWithTheDefaultPatience() throws IOException {
        String text = ModelDefaults.packaged().toProperties(List.of())
                .replaceFirst("lncm.max-epochs=\\d+", "lncm.epochs=12").replaceFirst("lncm.patience=\\d+\n", "");
        Path old = Files.writeString(dir.resolve("old.properties"), text);

        ModelHyperparameters lncm = ModelDefaults.load(old).of(ModelName.LNCM);

        assertThat(lncm.maxEpochs()).isEqualTo(12);
        assertThat(lncm.patience()).isEqualTo(ModelDefaults.DEFAULT_PATIENCE);
    }

    @Test
    void givenRequestEpochs0_thenEachModelTrainsUpToItsOwnMaxEpochs() {
        ModelDefaults d = ModelDefaults.packaged().with(ModelName.NEUMF,
                new ModelHyperparameters(24, List.of(48), 0.003, 1e-6, 8, 30, 256, 0.003, 3, 0));

        assertThat(d.config(ModelName.NEUMF, 0, 0, 256, 2, 7L, 10, 20, new int[0], 10_000).epochs()).isEqualTo(30);
    }

    @Test
    void theRequestTakesLearningRateAndLayersFromTheDefaultsButEpochsAndNegativesFromItself() {
        ModelDefaults d = ModelDefaults.packaged().with(ModelName.NEUMF,
                new ModelHyperparameters(24, List.of(48), 0.003, 1e-6, 8, 30, 256, 0.003, 3, 0));

        var config = d.config(ModelName.NEUMF, 0, 5, 256, 2, 7L, 10, 20, new int[0], 10_000_000);

        assertThat(config.embeddingDim()).isEqualTo(24);
        assertThat(config.hiddenDims()).containsExactly(48);
        assertThat(config.learningRate()).isEqualTo(0.003);
        assertThat(config.l2()).isEqualTo(1e-6);
        assertThat(config.epochs()).isEqualTo(5);
        assertThat(config.negativesPerPositive()).isEqualTo(2);
    }

    @Test
    void batchSize0TakesTheModelsOwn() {
        ModelDefaults d = ModelDefaults.packaged().with(ModelName.BMF,
                new ModelHyperparameters(32, List.of(), 0.004, 0.0, 8, 10, 4096, 0.004, 3, 0));

        var config = d.config(ModelName.BMF, 0, 1, 0, 4, 7L, 10, 20, new int[0], 10_000_000);

        assertThat(config.batchSize()).isEqualTo(4096);
        assertThat(config.learningRate()).isEqualTo(0.004);
        assertThat(ModelDefaults.config(d.of(ModelName.BMF), 0, 7L, 10, 20, new int[0], 10_000_000).batchSize())
                .isEqualTo(4096);
    }

    @Test
    void aFileWithoutBatchSizesTrainsEveryModelInBatchesOf1024() throws IOException {
        String text = ModelDefaults.packaged().toProperties(List.of()).replaceAll("(?m)^\\w+\\.batch-size=\\d+\\n", "");
        Path old = Files.writeString(dir.resolve("old.properties"), text);

        ModelDefaults read = ModelDefaults.load(old);

        assertThat(text).doesNotContain("batch-size=");
        for (ModelName m : Dl4jFamily.names()) {
            assertThat(read.of(m).batchSize()).isEqualTo(1024);
        }
    }

    @Test
    void onSmallDataTheDefaultBatchIsHalvedUntilAnEpochTakes100StepsButNotBelow1024() {
        ModelHyperparameters h = new ModelHyperparameters(32, List.of(), 0.004, 0.0, 8, 10, 8192, 0.004, 3, 0);
        ModelHyperparameters small = new ModelHyperparameters(32, List.of(), 0.004, 0.0, 8, 10, 256, 0.004, 3, 0);

        assertThat(h.batchSizeFor(819_200)).isEqualTo(8192);
        assertThat(h.batchSizeFor(819_199)).isEqualTo(4096);
        assertThat(h.batchSizeFor(475_000)).isEqualTo(4096);
        assertThat(h.batchSizeFor(25_000)).isEqualTo(1024);
        assertThat(small.batchSizeFor(1_000)).isEqualTo(256);
    }

    @Test
    void onSmallDataTheHalvedBatchTakesTheLearningRateNotTheBatchOne() {
        ModelDefaults d = ModelDefaults.packaged().with(ModelName.BMF,
                new ModelHyperparameters(32, List.of(), 0.004, 0.0, 8, 10, 4096, 0.008, 3, 0));

        var small = d.config(ModelName.BMF, 0, 1, 0, 4, 7L, 10, 20, new int[0], 25_000);
        var large = d.config(ModelName.BMF, 0, 1, 0, 4, 7L, 10, 20, new int[0], 10_000_000);

        assertThat(small.batchSize()).isEqualTo(1024);
        assertThat(small.learningRate()).isEqualTo(0.004);
        assertThat(large.batchSize()).isEqualTo(4096);
        assertThat(large.learningRate()).isEqualTo(0.008);
    }

    @Test
    void theBatchLearningRateIsUsedAtTheModelsBatchSizeOnlyAndDefaultsToTheLearningRate() throws IOException {
        ModelHyperparameters bmf = new ModelHyperparameters(32, List.of(), 0.001, 0.0, 8, 10, 4096, 0.002, 3, 0);
        String text = ModelDefaults.packaged().toProperties(List.of())
                .replaceAll("(?m)^lncm\\.batch-learning-rate=.*\\n", "");
        Path file = Files.writeString(dir.resolve("no-batch-rate.properties"), text);

        assertThat(bmf.learningRateAt(4096)).isEqualTo(0.002);
        assertThat(bmf.learningRateAt(1024)).isEqualTo(0.001);
        assertThat(bmf.learningRateAt(256)).isEqualTo(0.001);
        ModelHyperparameters lncm = ModelDefaults.load(file).of(ModelName.LNCM);
        assertThat(lncm.batchLearningRate()).isEqualTo(lncm.learningRate());
    }

    @Test
    void eachModelsNegativeAlphaIsReadAndWritten_absentIsUniform_outsideZeroToOneIsRejected() throws IOException {
        ModelDefaults d = ModelDefaults.packaged().with(ModelName.NEUMF,
                ModelDefaults.packaged().of(ModelName.NEUMF).withNegativeAlpha(0.75));
        String text = d.toProperties(List.of());
        Path file = Files.writeString(dir.resolve("alpha.properties"), text);
        Path old = Files.writeString(dir.resolve("old.properties"), text.replaceAll("(?m)^\\w+\\.negative-alpha=.*\\n", ""));
        Path bad = Files.writeString(dir.resolve("bad.properties"), text.replace("neumf.negative-alpha=0.75",
                "neumf.negative-alpha=2"));

        assertThat(text).contains("neumf.negative-alpha=0.75").contains("#   negative-alpha");
        assertThat(ModelDefaults.load(file).of(ModelName.NEUMF).negativeAlpha()).isEqualTo(0.75);
        assertThat(ModelDefaults.load(old).of(ModelName.NEUMF).negativeAlpha()).isZero();
        assertThatThrownBy(() -> ModelDefaults.load(bad)).hasMessageContaining("NeuMF")
                .hasMessageContaining("negative-alpha must be in [0, 1.0], was 2.0");
        assertThat(d.config(ModelName.NEUMF, 0, 0, 0, 4, 7L, 10, 20, new int[0], 10_000).negativeAlpha())
                .isEqualTo(0.75);
        assertThat(ModelDefaults.config(d.of(ModelName.NEUMF), 0, 7L, 10, 20, new int[0], 10_000).negativeAlpha())
                .isEqualTo(0.75);
    }

    @Test
    void givenTheConfigurationsNegativeAlpha_thenEveryModelDrawsWithIt_emptyKeepsEachModelsOwn() {
        java.util.Properties set = new java.util.Properties();
        set.setProperty(ModelDefaults.NEGATIVE_ALPHA_KEY, "0.5");
        java.util.Properties outside = new java.util.Properties();
        outside.setProperty(ModelDefaults.NEGATIVE_ALPHA_KEY, "1.5");
        Path absent = dir.resolve("absent.properties");

        ModelDefaults overridden = ModelDefaults.load(absent, CtxrecConfig.load(null, java.util.Map.of(), set));
        ModelDefaults own = ModelDefaults.load(absent, CtxrecConfig.load(null, java.util.Map.of(), new java.util.Properties()));

        assertThat(Dl4jFamily.names()).allSatisfy(m -> assertThat(overridden.of(m).negativeAlpha()).isEqualTo(0.5));
        assertThat(Dl4jFamily.names()).allSatisfy(m -> assertThat(own.of(m)).isEqualTo(ModelDefaults.packaged().of(m)));
        assertThatThrownBy(() -> ModelDefaults.load(absent, CtxrecConfig.load(null, java.util.Map.of(), outside)))
                .hasMessageContaining("ctxrec.training.negative-alpha").hasMessageContaining("was 1.5");
    }
}
