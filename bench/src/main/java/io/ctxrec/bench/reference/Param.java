package io.ctxrec.bench.reference;

import java.util.Random;

/**
 * One trained array with its gradient and Adam moments. A table ({@code rowWidth > 0}) is updated lazily:
 * only the rows a batch touched, as sparse Adam does; every other parameter is updated whole.
 */
final class Param {
    final float[] w;
    final float[] g;
    final float[] m;
    final float[] v;
    final int rowWidth;
    final boolean regularised;
    private final int[] touched;
    private final boolean[] isTouched;
    private int nTouched;

    private Param(int size, int rowWidth, boolean regularised) {
        this.w = new float[size];
        this.g = new float[size];
        this.m = new float[size];
        this.v = new float[size];
        this.rowWidth = rowWidth;
        this.regularised = regularised;
        int rows = rowWidth > 0 ? size / rowWidth : 0;
        this.touched = new int[rows];
        this.isTouched = new boolean[rows];
    }

    static Param table(int rows, int dim, double std, Random random) {
        Param p = new Param(rows * dim, dim, true);
        p.fillNormal(std, random);
        return p;
    }

    static Param weights(int size, double std, Random random) {
        Param p = new Param(size, 0, true);
        p.fillNormal(std, random);
        return p;
    }

    static Param bias(int size) {
        return new Param(size, 0, false);
    }

    private void fillNormal(double std, Random random) {
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (random.nextGaussian() * std);
        }
    }

    /** Offset of a table row, remembered as touched so the next update visits it. */
    int row(int row) {
        if (!isTouched[row]) {
            isTouched[row] = true;
            touched[nTouched++] = row;
        }
        return row * rowWidth;
    }

    /** Adam with L2 added to the gradient first (DL4J's order); clears the gradient it used. */
    void adam(Adam adam, double l2) {
        if (rowWidth == 0) {
            adam.update(this, 0, w.length, regularised ? l2 : 0);
            return;
        }
        for (int t = 0; t < nTouched; t++) {
            int row = touched[t];
            adam.update(this, row * rowWidth, rowWidth, l2);
            isTouched[row] = false;
        }
        nTouched = 0;
    }
}
