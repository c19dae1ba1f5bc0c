package io.ctxrec.training.data;

import java.util.SplittableRandom;

/** The hidden taste space: users and products are unit vectors, their dot product is the taste match. */
final class Latent {
    static final int DIM = 8;

    private Latent() {
    }

    static double[] random(SplittableRandom rng) {
        double[] v = new double[DIM];
        for (int i = 0; i < DIM; i++) {
            v[i] = rng.nextGaussian();
        }
        return normalized(v);
    }

    /** {@code a + weight * b}, a new vector. */
    static double[] plus(double[] a, double weight, double[] b) {
        double[] v = a.clone();
        for (int i = 0; i < DIM; i++) {
            v[i] += weight * b[i];
        }
        return v;
    }

    static double[] normalized(double[] v) {
        double norm = Math.sqrt(dot(v, v));
        double[] out = new double[DIM];
        for (int i = 0; i < DIM; i++) {
            out[i] = norm == 0 ? (i == 0 ? 1 : 0) : v[i] / norm;
        }
        return out;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < DIM; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
