package io.ctxrec.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LogOddsTest {
    @Test
    void givesTheLogOddsOfProbabilitiesInTheSameArray() {
        float[] scores = {0.5f, 0.9f, 0.25f};

        float[] logOdds = LogOdds.ofProbabilitiesInPlace(scores);

        assertThat(logOdds).isSameAs(scores);
        assertThat((double) logOdds[0]).isCloseTo(0, within(1e-7));
        assertThat((double) logOdds[1]).isCloseTo(Math.log(0.9f / (1 - 0.9f)), within(1e-5));
        assertThat((double) logOdds[2]).isCloseTo(Math.log(1 / 3.0), within(1e-6));
    }

    @Test
    void saturatedProbabilitiesAndLargeLogitsEndAtTheSameFiniteLimit() {
        float[] saturated = LogOdds.ofProbabilitiesInPlace(new float[] {1f, 0f});
        float[] logits = LogOdds.clampInPlace(new float[] {40f, -40f, 3.5f});

        assertThat(saturated).containsExactly((float) LogOdds.LIMIT, (float) -LogOdds.LIMIT);
        assertThat(logits).containsExactly((float) LogOdds.LIMIT, (float) -LogOdds.LIMIT, 3.5f);
        assertThat(LogOdds.LIMIT).isCloseTo(16.118, within(1e-3));
    }

    @Test
    void aLogitsLogOddsAreItsSigmoidsToFloatRounding() {
        Random random = new Random(3);
        for (int i = 0; i < 1_000; i++) {
            // within ±8 a float sigmoid keeps 1 - s to a few parts in 10,000; beyond, its rounding decides
            float logit = (float) Math.max(-8, Math.min(8, random.nextGaussian() * 4));
            float sigmoid = (float) (1 / (1 + Math.exp(-logit)));

            float fromSigmoid = LogOdds.ofProbabilitiesInPlace(new float[] {sigmoid})[0];
            float fromLogit = LogOdds.clampInPlace(new float[] {logit})[0];

            assertThat(fromLogit).as("logit %s", logit).isCloseTo(fromSigmoid, within(1e-3f));
        }
    }

    @Test
    void notANumberStaysNotANumber() {
        assertThat(LogOdds.ofProbabilitiesInPlace(new float[] {Float.NaN})[0]).isNaN();
        assertThat(LogOdds.clampInPlace(new float[] {Float.NaN})[0]).isNaN();
    }
}
