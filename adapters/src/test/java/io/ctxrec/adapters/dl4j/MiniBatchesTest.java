package io.ctxrec.adapters.dl4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.api.MultiDataSet;

class MiniBatchesTest {
    // 10 samples: user i, item 100 + i, one context column 200 + i, label i % 2.
    private static final TrainingSamples SAMPLES = new TrainingSamples(
            new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
            new int[] {100, 101, 102, 103, 104, 105, 106, 107, 108, 109},
            new int[][] {{200, 201, 202, 203, 204, 205, 206, 207, 208, 209}},
            new float[] {0, 1, 0, 1, 0, 1, 0, 1, 0, 1});

    @Test
    void anEpochVisitsEverySampleOnceInBatchesOfTheConfiguredSize() {
        MiniBatches batches = new MiniBatches(SAMPLES, 4, 1, new Random(7));

        List<Integer> sizes = new ArrayList<>();
        List<Integer> users = new ArrayList<>();
        while (batches.hasNext()) {
            MultiDataSet b = batches.next();
            sizes.add((int) b.getFeatures(0).size(0));
            for (int r = 0; r < b.getFeatures(0).size(0); r++) {
                int user = b.getFeatures(0).getInt(r, 0);
                users.add(user);
                // the columns of one row stay together through the shuffle
                assertThat(b.getFeatures(1).getInt(r, 0)).isEqualTo(100 + user);
                assertThat(b.getFeatures(2).getInt(r, 0)).isEqualTo(200 + user);
                assertThat(b.getLabels(0).getFloat(r, 0)).isEqualTo(user % 2);
            }
        }

        assertThat(sizes).containsExactly(4, 4, 2);
        assertThat(users).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void resetReshufflesForTheNextEpoch() {
        MiniBatches batches = new MiniBatches(SAMPLES, 10, 1, new Random(7));
        MultiDataSet first = batches.next();
        batches.reset();
        MultiDataSet second = batches.next();

        assertThat(batches.resetSupported()).isTrue();
        assertThat(first.getFeatures(0).toIntVector()).isNotEqualTo(second.getFeatures(0).toIntVector());
        assertThat(second.getFeatures(0).toIntVector()).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }
}
