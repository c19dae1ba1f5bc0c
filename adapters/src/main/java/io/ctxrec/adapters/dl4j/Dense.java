package io.ctxrec.adapters.dl4j;

/** A dense layer's forward pass over one input vector, ReLU or linear, in plain float loops. */
final class Dense {
    private final Matrix weights;
    private final float[] bias;
    private final boolean relu;

    Dense(Matrix weights, float[] bias, boolean relu) {
        if (bias.length != weights.cols) {
            throw new IllegalArgumentException("bias of " + bias.length + " for a layer of " + weights.cols + " units");
        }
        this.weights = weights;
        this.bias = bias.clone();
        this.relu = relu;
    }

    int inputWidth() {
        return weights.rows;
    }

    int width() {
        return weights.cols;
    }

    float[] bias() {
        return bias.clone();
    }

    Matrix weights() {
        return weights;
    }

    boolean relu() {
        return relu;
    }

    /**
     * Writes the layer's output for {@code in} into {@code out}; for a one-unit layer returns it too.
     * {@code nonZero} is scratch of {@link #inputWidth()}: ReLU zeroes about half of a layer's inputs, and
     * listing the others first skips them without a branch the CPU would mispredict half the time.
     */
    float forward(float[] in, float[] out, int[] nonZero) {
        if (bias.length == 1) {
            float sum = 0f;
            float[] w = weights.values;
            for (int k = 0; k < w.length; k++) {
                sum += in[k] * w[k];
            }
            out[0] = activate(sum + bias[0]);
            return out[0];
        }
        int n = 0;
        for (int k = 0; k < weights.rows; k++) {
            nonZero[n] = k;
            n += in[k] != 0f ? 1 : 0;
        }
        System.arraycopy(bias, 0, out, 0, bias.length);
        float[] w = weights.values;
        int cols = weights.cols;
        for (int t = 0; t < n; t++) {
            int k = nonZero[t];
            float a = in[k];
            int base = k * cols;
            for (int j = 0; j < cols; j++) {
                out[j] += a * w[base + j];
            }
        }
        if (relu) {
            for (int j = 0; j < bias.length; j++) {
                out[j] = Math.max(out[j], 0f);
            }
        }
        return out[0];
    }

    private float activate(float x) {
        return relu ? Math.max(x, 0f) : x;
    }
}
