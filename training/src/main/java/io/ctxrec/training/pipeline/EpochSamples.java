package io.ctxrec.training.pipeline;

import io.ctxrec.adapters.dl4j.TrainingSamples;
import io.ctxrec.training.dataset.EpochExamples;

/** Turns an epoch's examples (contexts row by row) into the trainer's samples (contexts feature by feature). */
public final class EpochSamples {
    private EpochSamples() {
    }

    public static TrainingSamples of(EpochExamples examples) {
        int n = examples.size();
        int width = examples.width();
        int[] rowMajor = examples.contexts();
        int[][] byFeature = new int[width][n];
        for (int r = 0; r < n; r++) {
            for (int f = 0; f < width; f++) {
                byFeature[f][r] = rowMajor[r * width + f];
            }
        }
        return new TrainingSamples(examples.users(), examples.items(), byFeature, examples.labels());
    }
}
