package io.ctxrec.bench;

import java.util.SplittableRandom;

/** The latent vectors of the synthetic data generators. */
final class Vectors {
    private Vectors() {
    }

    /** {@code n} vectors of {@code dim} standard normal components, drawn row by row. */
    static double[][] gaussian(SplittableRandom random, int n, int dim) {
        double[][] v = new double[n][dim];
        for (double[] row : v) {
            for (int d = 0; d < dim; d++) {
                row[d] = random.nextGaussian();
            }
        }
        return v;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int d = 0; d < a.length; d++) {
            s += a[d] * b[d];
        }
        return s;
    }
}
