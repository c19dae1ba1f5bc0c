package io.ctxrec.training.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.scoring.ModelName;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class HyperparameterSearchTest {
    private final ModelHyperparameters current = new ModelHyperparameters(16, List.of(64, 32), 0.005, 1e-4, 4, 10, 1024, 0.005, 3);

    @Test
    void triesTheCurrentSettingsFirstThenTheGridWithoutRepeatsKeepingTheLayersAndStopping() {
        HyperparameterSearch search = new HyperparameterSearch(null, 3, Duration.ofMinutes(1), 42L, System::nanoTime);

        List<ModelHyperparameters> c = search.candidates(ModelName.NEUMF, current);

        assertThat(c.get(0)).isEqualTo(current);
        assertThat(new HashSet<>(c)).hasSameSizeAs(c);
        assertThat(c).hasSize(5 * 4 * 4 * 2);
        assertThat(c).allSatisfy(h -> {
            assertThat(h.hiddenDims()).containsExactly(64, 32);
            assertThat(h.maxEpochs()).isEqualTo(current.maxEpochs());
            assertThat(h.patience()).isEqualTo(current.patience());
        });
    }

    @Test
    void theSeedFixesTheOrder() {
        HyperparameterSearch a = new HyperparameterSearch(null, 3, Duration.ofMinutes(1), 42L, System::nanoTime);
        HyperparameterSearch b = new HyperparameterSearch(null, 3, Duration.ofMinutes(1), 43L, System::nanoTime);

        assertThat(a.candidates(ModelName.BMF, current)).isEqualTo(a.candidates(ModelName.BMF, current))
                .isNotEqualTo(b.candidates(ModelName.BMF, current));
    }
}
