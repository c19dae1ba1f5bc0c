package io.ctxrec.adapters.dl4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrainingSamplesTest {

    @Test
    void rejectsColumnsOfDifferentLengths() {
        assertThatThrownBy(() -> new TrainingSamples(new int[2], new int[3], null, new float[2]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("items has 3");
        assertThatThrownBy(() -> new TrainingSamples(new int[2], new int[2], new int[][] {new int[1]}, new float[2]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contexts[0] has 1");
    }

    @Test
    void rejectsLabelsOutsideZeroToOne() {
        assertThatThrownBy(() -> new TrainingSamples(new int[2], new int[2], null, new float[] {1f, Float.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("labels[1]");
        assertThatThrownBy(() -> new TrainingSamples(new int[1], new int[1], null, new float[] {2f}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("labels[0]");
    }

    @Test
    void contextsAreIgnoredOnlyByModelsWithoutContextInputs() {
        ModelConfig config = TwoGroups.config(1, 3);
        TrainingSamples withContext = new TrainingSamples(new int[] {1}, new int[] {2}, new int[][] {{2}},
                new float[] {1f});
        withContext.checkFits(config, 0);
        withContext.checkFits(config, 1);
        assertThatThrownBy(() -> new TrainingSamples(new int[] {1}, new int[] {2}, null, new float[] {1f})
                .checkFits(config, 1)).hasMessageContaining("takes 1 context features");
        assertThat(withContext.size()).isEqualTo(1);
    }
}
