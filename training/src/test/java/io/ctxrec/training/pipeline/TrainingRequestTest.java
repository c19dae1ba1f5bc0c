package io.ctxrec.training.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ctxrec.adapters.family.ItemPopFamily;
import io.ctxrec.domain.scoring.ModelName;
import org.junit.jupiter.api.Test;

class TrainingRequestTest {

    @Test
    void defaultsTrainAllFourModelsUpToEachModelsOwnMaxEpochsInItsOwnBatchSizeAndCountItemPop() {
        TrainingRequest r = TrainingRequest.defaults();

        assertThat(r.models()).containsExactly(ModelName.ENCM, ModelName.LNCM, ModelName.NEUMF, ModelName.BMF,
                ItemPopFamily.NAME);
        assertThat(r.trainedModels()).containsExactly(ModelName.ENCM, ModelName.LNCM, ModelName.NEUMF, ModelName.BMF);
        assertThat(r.popularityBlend()).isTrue();
        assertThat(r.epochs()).isZero();
        assertThat(r.batchSize()).isZero();
        assertThat(r.keepVersions()).isEqualTo(5);
        assertThat(r.qualityGateMargin()).isEmpty();
    }

    @Test
    void epochsOutsideZeroToFiftyAreRejectedByName() {
        assertThatThrownBy(() -> TrainingRequest.defaults().withEpochs(51))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("epochs");
        assertThatThrownBy(() -> TrainingRequest.defaults().withEpochs(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("epochs");
    }

    @Test
    void batchSizesOutside64To16384AreRejectedBut0MeansEachModelsOwn() {
        assertThatThrownBy(() -> TrainingRequest.defaults().withBatchSize(63)).hasMessageContaining("batch size");
        assertThatThrownBy(() -> TrainingRequest.defaults().withBatchSize(16_385)).hasMessageContaining("batch size");
        assertThatThrownBy(() -> TrainingRequest.defaults().withBatchSize(-1)).hasMessageContaining("batch size");
        assertThat(TrainingRequest.defaults().withBatchSize(64).batchSize()).isEqualTo(64);
        assertThat(TrainingRequest.defaults().withBatchSize(16_384).batchSize()).isEqualTo(16_384);
        assertThat(TrainingRequest.defaults().withBatchSize(0).batchSize()).isZero();
    }

    @Test
    void negativeQualityGateMarginIsRejected() {
        assertThatThrownBy(() -> TrainingRequest.defaults().withQualityGateMargin(-0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("qualityGateMargin");
    }
}
