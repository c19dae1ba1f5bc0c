package io.ctxrec.training.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AfterStoppingTest {

    @Test
    void readsRefitKeepAndFoldInWithItsEpochs() {
        assertThat(AfterStopping.parse("refit")).isEqualTo(AfterStopping.REFIT);
        assertThat(AfterStopping.parse(" Keep ")).isEqualTo(AfterStopping.KEEP);
        assertThat(AfterStopping.parse("fold-in:2")).isEqualTo(AfterStopping.foldIn(2));
        assertThat(AfterStopping.foldIn(3)).hasToString("fold-in:3");
    }

    @Test
    void refusesAnythingElse() {
        for (String bad : new String[] {"", "fold-in", "fold-in:0", "fold-in:x", "retrain"}) {
            assertThatThrownBy(() -> AfterStopping.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("refit, keep or fold-in:N");
        }
    }
}
