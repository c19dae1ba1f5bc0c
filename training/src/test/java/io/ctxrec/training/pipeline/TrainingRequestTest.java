package io.ctxrec.training.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ctxrec.domain.scoring.ModelName;
import org.junit.jupiter.api.Test;

class TrainingRequestTest {

    @Test
    void defaultsTrainAllFourModelsForTenEpochsInBatchesOf1024() {
        TrainingRequest r = TrainingRequest.defaults();

        assertThat(r.models()).containsExactly(ModelName.ENCM, ModelName.LNCM, ModelName.NEUMF, ModelName.BMF);
        assertThat(r.epochs()).isEqualTo(10);
        assertThat(r.batchSize()).isEqualTo(1024);
        assertThat(r.keepVersions()).isEqualTo(5);
        assertThat(r.qualityGateMargin()).isEmpty();
    }

    @Test
    void epochsOutsideOneToFiftyAreRejectedByName() {
        assertThatThrownBy(() -> TrainingRequest.defaults().withEpochs(51))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("epochs");
        assertThatThrownBy(() -> TrainingRequest.defaults().withEpochs(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("epochs");
    }

    @Test
    void batchSizesOutside64To4096AreRejected() {
        assertThatThrownBy(() -> TrainingRequest.defaults().withBatchSize(63)).hasMessageContaining("batch size");
        assertThatThrownBy(() -> TrainingRequest.defaults().withBatchSize(4097)).hasMessageContaining("batch size");
        org.assertj.core.api.Assertions.assertThat(TrainingRequest.defaults().withBatchSize(64).batchSize()).isEqualTo(64);
    }

    @Test
    void negativeQualityGateMarginIsRejected() {
        assertThatThrownBy(() -> TrainingRequest.defaults().withQualityGateMargin(-0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("qualityGateMargin");
    }
}
