package io.ctxrec.domain.fallback;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.scoring.ModelName;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FallbackWeightsTest {
    private static final WeightProfile OTHERWISE = new WeightProfile(0.45, 0.15, 0.15, 0.15, 0.10);
    private static final WeightProfile ENCM = new WeightProfile(0.40, 0.15, 0.15, 0.15, 0.15);
    private static final WeightProfile NEUMF = new WeightProfile(0.45, 0.15, 0.20, 0.10, 0.10);
    private final FallbackWeights weights = new FallbackWeights(OTHERWISE,
            Map.of(ModelName.ENCM, ENCM, ModelName.NEUMF, NEUMF));

    @Test
    void eachModelGetsItsOwnProfile() {
        assertThat(weights.forModel(ModelName.ENCM)).isEqualTo(ENCM);
        assertThat(weights.forModel("ENCM")).isEqualTo(ENCM);
        assertThat(weights.forModel(ModelName.NEUMF)).isEqualTo(NEUMF);
    }

    @Test
    void nameMatchIgnoresCaseAndUnknownGetsOtherwise() {
        assertThat(weights.forModel("neumf")).isEqualTo(NEUMF);
        assertThat(weights.forModel(" NeuMF ")).isEqualTo(NEUMF);
        assertThat(weights.forModel("ItemPop")).isEqualTo(OTHERWISE);
        assertThat(weights.forModel((String) null)).isEqualTo(OTHERWISE);
    }

    @Test
    void aModelWithoutAProfileGetsOtherwise() {
        assertThat(weights.forModel(ModelName.BMF)).isEqualTo(OTHERWISE);
        assertThat(weights.forModel("LNCM")).isEqualTo(OTHERWISE);
    }
}
