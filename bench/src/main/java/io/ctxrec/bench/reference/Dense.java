package io.ctxrec.bench.reference;

import java.util.Random;

/** A dense layer ({@code in} x {@code out} weights, row-major as DL4J's, and a bias), ReLU or linear. */
final class Dense {
    final int in;
    final int out;
    final boolean relu;
    final Param weights;
    final Param bias;

    Dense(int in, int out, boolean relu, Random random) {
        this.in = in;
        this.out = out;
        this.relu = relu;
        // He initialisation under a ReLU, Xavier otherwise, as the DL4J graphs.
        double std = relu ? Math.sqrt(2.0 / in) : Math.sqrt(2.0 / (in + out));
        this.weights = Param.weights(in * out, std, random);
        this.bias = Param.bias(out);
    }

    void forward(float[] x, float[] y) {
        float[] w = weights.w;
        System.arraycopy(bias.w, 0, y, 0, out);
        for (int i = 0; i < in; i++) {
            float a = x[i];
            if (a == 0f) {
                continue;
            }
            int base = i * out;
            for (int j = 0; j < out; j++) {
                y[j] += a * w[base + j];
            }
        }
        if (relu) {
            for (int j = 0; j < out; j++) {
                y[j] = Math.max(y[j], 0f);
            }
        }
    }

    /**
     * Accumulates the weight and bias gradients for one sample given the output gradient {@code dy} (masked
     * in place by the ReLU) and writes the input gradient into {@code dx} (skipped when null).
     */
    void backward(float[] x, float[] y, float[] dy, float[] dx) {
        if (relu) {
            for (int j = 0; j < out; j++) {
                if (y[j] <= 0f) {
                    dy[j] = 0f;
                }
            }
        }
        float[] w = weights.w;
        float[] gw = weights.g;
        float[] gb = bias.g;
        for (int j = 0; j < out; j++) {
            gb[j] += dy[j];
        }
        for (int i = 0; i < in; i++) {
            float a = x[i];
            int base = i * out;
            float sum = 0f;
            for (int j = 0; j < out; j++) {
                gw[base + j] += a * dy[j];
                sum += w[base + j] * dy[j];
            }
            if (dx != null) {
                dx[i] = sum;
            }
        }
    }
}
