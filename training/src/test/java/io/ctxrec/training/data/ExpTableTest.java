package io.ctxrec.training.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ExpTableTest {

    @Test
    void matchesMathExpWithinTheDocumentedRelativeError() {
        for (double strength : new double[] {0, 3, 20}) {
            ExpTable table = new ExpTable(strength);
            for (double x = -1; x <= 1; x += 0.001237) {
                double exact = Math.exp(strength * (x - 1));
                assertThat(table.at(x) / exact).as("strength %s at %s", strength, x).isCloseTo(1, within(1e-5));
            }
        }
    }

    @Test
    void clampsRoundingOverflowOutsideMinusOneToOne() {
        ExpTable table = new ExpTable(3);
        assertThat(table.at(1.0000000001)).isEqualTo(1.0);
        assertThat(table.at(-1.0000000001)).isCloseTo(Math.exp(-6), within(1e-12));
    }
}
