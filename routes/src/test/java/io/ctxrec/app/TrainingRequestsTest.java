package io.ctxrec.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ctxrec.adapters.config.CtxrecConfig;
import io.ctxrec.adapters.dl4j.Dl4jFamily;
import io.ctxrec.training.pipeline.TrainingRequest;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TrainingRequestsTest {

    @Test
    void givenCtxrecTrainingNegativeAlpha_thenEveryModelOfTheRequestDrawsItsNegativesWithIt() {
        TrainingRequest request = request(Map.of("CTXREC_TRAINING_NEGATIVE_ALPHA", "0.75"));

        assertThat(Dl4jFamily.names()).allSatisfy(m ->
                assertThat(request.modelDefaults().of(m).negativeAlpha()).isEqualTo(0.75));
    }

    @Test
    void givenNoNegativeAlpha_thenEachModelKeepsItsOwnFromTheModelDefaults() {
        TrainingRequest request = request(Map.of());

        assertThat(Dl4jFamily.names()).allSatisfy(m -> assertThat(request.modelDefaults().of(m))
                .isEqualTo(io.ctxrec.training.pipeline.ModelDefaults.packaged().of(m)));
    }

    @Test
    void aNegativeAlphaOutsideZeroToOneNamesTheKey() {
        assertThatThrownBy(() -> request(Map.of("CTXREC_TRAINING_NEGATIVE_ALPHA", "-1")))
                .hasMessageContaining("ctxrec.training.negative-alpha").hasMessageContaining("was -1.0");
    }

    private static TrainingRequest request(Map<String, String> env) {
        Properties system = new Properties();
        system.setProperty("ctxrec.training.model-defaults", "absent/model-defaults.properties");
        return TrainingRequests.fromConfig(CtxrecConfig.load(null, env, system), Infrastructure.families());
    }
}
