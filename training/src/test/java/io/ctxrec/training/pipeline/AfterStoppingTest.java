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
        assertThat(AfterStopping.parse("AUTO")).isEqualTo(AfterStopping.AUTO).hasToString("auto");
    }

    @Test
    void autoRefitsFromHalfAPercentOfThePositivesHeldOutAndKeepsBelow() {
        assertThat(AfterStopping.AUTO.resolve(300, 5_208)).as("the demo shop").isEqualTo(AfterStopping.REFIT);
        assertThat(AfterStopping.AUTO.resolve(50, 10_000)).as("exactly 0.5 %").isEqualTo(AfterStopping.REFIT);
        assertThat(AfterStopping.AUTO.resolve(49, 10_000)).isEqualTo(AfterStopping.KEEP);
        assertThat(AfterStopping.AUTO.resolve(957, 77_000)).as("a thousand users of 80 positives each, 1.2 %").isEqualTo(AfterStopping.REFIT);
        assertThat(AfterStopping.AUTO.resolve(2_000, 478_614)).as("the large shop").isEqualTo(AfterStopping.KEEP);
        assertThat(AfterStopping.AUTO.resolve(0, 0)).as("nothing at all").isEqualTo(AfterStopping.REFIT);
    }

    @Test
    void theOtherChoicesDoNotDependOnTheData() {
        for (AfterStopping fixed : new AfterStopping[] {AfterStopping.REFIT, AfterStopping.KEEP, AfterStopping.foldIn(2)}) {
            assertThat(fixed.resolve(1, 1_000_000)).isEqualTo(fixed);
            assertThat(fixed.resolve(1_000, 1_000)).isEqualTo(fixed);
        }
    }

    @Test
    void refusesAnythingElse() {
        for (String bad : new String[] {"", "fold-in", "fold-in:0", "fold-in:x", "retrain"}) {
            assertThatThrownBy(() -> AfterStopping.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("auto, refit, keep or fold-in:N");
        }
    }
}
