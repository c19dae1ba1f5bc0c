package io.ctxrec.adapters.dl4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelConfigTest {
    private static final ModelConfig CONFIG = new ModelConfig(16, List.of(64, 32), 0.001, 1e-5, 20, 1024, 4, 42,
            1000, 500, new int[] {5, 5, 5, 12});

    @Test
    void roundTripsThroughJson() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String text = json.writeValueAsString(CONFIG);
        assertThat(json.readValue(text, ModelConfig.class)).isEqualTo(CONFIG);
        assertThat(text).contains("\"contextSizes\":[5,5,5,12]").contains("\"hiddenDims\":[64,32]");
    }

    @Test
    void roundTripsItsNegativeAlpha_aConfigSavedBeforeItReadsAsUniform() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ModelConfig popular = new ModelConfig(16, List.of(64, 32), 0.001, 1e-5, 20, 1024, 4, 42, 1000, 500,
                new int[] {5}, 0.75);
        String old = json.writeValueAsString(CONFIG).replace(",\"negativeAlpha\":0.0", "");

        assertThat(json.readValue(json.writeValueAsString(popular), ModelConfig.class)).isEqualTo(popular);
        assertThat(old).doesNotContain("negativeAlpha");
        assertThat(json.readValue(old, ModelConfig.class).negativeAlpha()).isZero();
        assertThat(CONFIG.negativeAlpha()).isZero();
        assertThat(popular.withEpochs(3).negativeAlpha()).isEqualTo(0.75);
        assertThat(popular.withDims(3, 4, new int[0]).negativeAlpha()).isEqualTo(0.75);
        assertThat(popular).isNotEqualTo(new ModelConfig(16, List.of(64, 32), 0.001, 1e-5, 20, 1024, 4, 42, 1000, 500,
                new int[] {5}));
    }

    @Test
    void keepsItsContextSizesToItself() {
        int[] sizes = {3, 4};
        ModelConfig config = CONFIG.withDims(10, 20, sizes);
        sizes[0] = 99;
        config.contextSizes()[1] = 99;
        assertThat(config.contextSizes()).containsExactly(3, 4);
        assertThat(config.nContextFeatures()).isEqualTo(2);
    }

    @Test
    void rejectsSettingsThatCannotTrain() {
        assertThatThrownBy(() -> CONFIG.withDims(0, 5, new int[0])).hasMessageContaining("nUsers");
        assertThatThrownBy(() -> CONFIG.withDims(5, 5, new int[] {2, 0})).hasMessageContaining("contextSizes");
        assertThatThrownBy(() -> new ModelConfig(8, List.of(16), Double.NaN, 0, 1, 1, 1, 1, 1, 1, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("learningRate");
        assertThatThrownBy(() -> new ModelConfig(8, List.of(16), 0.1, -1, 1, 1, 1, 1, 1, 1, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("l2");
        assertThatThrownBy(() -> new ModelConfig(8, java.util.Arrays.asList(16, null), 0.1, 0, 1, 1, 1, 1, 1, 1,
                null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hiddenDims");
    }
}
