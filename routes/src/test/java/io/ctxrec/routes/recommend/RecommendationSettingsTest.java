package io.ctxrec.routes.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ctxrec.adapters.config.CtxrecConfig;
import io.ctxrec.adapters.family.BuiltInFamilies;
import io.ctxrec.domain.fallback.FallbackWeights;
import io.ctxrec.domain.fallback.WeightProfile;
import io.ctxrec.domain.scoring.ModelName;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class RecommendationSettingsTest {
    private static final WeightProfile DEFAULT = new WeightProfile(0.45, 0.15, 0.15, 0.15, 0.10);
    private static final WeightProfile ENCM = new WeightProfile(0.40, 0.15, 0.15, 0.15, 0.15);

    private static FallbackWeights fallbackWeights(Map<String, String> env) {
        return RecommendationSettings.fallbackWeights(CtxrecConfig.load(null, env, new Properties()), BuiltInFamilies.all());
    }

    @Test
    void packagedFallbackWeightsAreTheOnesTheCodeHeldBefore() {
        FallbackWeights weights = fallbackWeights(Map.of());

        assertThat(weights.forModel((String) null)).isEqualTo(DEFAULT);
        assertThat(weights.forModel("ItemPop")).isEqualTo(DEFAULT);
        assertThat(weights.forModel(ModelName.ENCM)).isEqualTo(ENCM);
        assertThat(weights.forModel(ModelName.LNCM)).isEqualTo(new WeightProfile(0.45, 0.20, 0.10, 0.15, 0.10));
        assertThat(weights.forModel(ModelName.NEUMF)).isEqualTo(new WeightProfile(0.45, 0.15, 0.20, 0.10, 0.10));
        assertThat(weights.forModel(ModelName.BMF)).isEqualTo(new WeightProfile(0.50, 0.15, 0.15, 0.10, 0.10));
    }

    @Test
    void anEnvironmentVariableSetsOneModelsWeights() {
        FallbackWeights weights = fallbackWeights(Map.of("CTXREC_FALLBACK_WEIGHTS_BMF", "0, 0, 0, 1, 0"));

        assertThat(weights.forModel(ModelName.BMF)).isEqualTo(new WeightProfile(0, 0, 0, 1, 0));
        assertThat(weights.forModel(ModelName.ENCM)).isEqualTo(ENCM);
        assertThat(weights.forModel((String) null)).isEqualTo(DEFAULT);
    }

    @Test
    void badWeightsAreAnErrorNamingTheKey() {
        assertThatThrownBy(() -> fallbackWeights(Map.of("CTXREC_FALLBACK_WEIGHTS_DEFAULT", "0.5,0.5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ctxrec.fallback.weights.default").hasMessageContaining("five weights");
        assertThatThrownBy(() -> fallbackWeights(Map.of("CTXREC_FALLBACK_WEIGHTS_NEUMF", "0.5,0.5,0.5,0,0")))
                .hasMessageContaining("ctxrec.fallback.weights.neumf").hasMessageContaining("sum to 1");
    }
}
