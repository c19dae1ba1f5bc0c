package io.ctxrec.adapters.dl4j;

/** A dense layer's forward pass over a block of input vectors, ReLU or linear, in plain float loops. */
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
     * The layer's output for {@code n} inputs at once, unit-major ({@code in[k * stride + b]} is input k of
     * the b-th, likewise {@code out}), summed as DL4J's layer does: bias, then inputs in order. The inner
     * loops run over the inputs, so they vectorise; ReLU's zero inputs are not skipped, a vector
     * multiply-add costs less than the branch.
     */
    void forwardBlock(float[] in, float[] out, int n, int stride) {
        float[] w = weights.values;
        int cols = weights.cols;
        int rows = weights.rows;
        if (bias.length == 1) {
            java.util.Arrays.fill(out, 0, n, 0f);
            for (int k = 0; k < rows; k++) {
                float wk = w[k];
                int row = k * stride;
                for (int b = 0; b < n; b++) {
                    out[b] += in[row + b] * wk;
                }
            }
            for (int b = 0; b < n; b++) {
                out[b] = activate(out[b] + bias[0]);
            }
            return;
        }
        for (int j = 0; j < cols; j++) {
            int o = j * stride;
            java.util.Arrays.fill(out, o, o + n, bias[j]);
            for (int k = 0; k < rows; k++) {
                float wkj = w[k * cols + j];
                int row = k * stride;
                for (int b = 0; b < n; b++) {
                    out[o + b] += in[row + b] * wkj;
                }
            }
            if (relu) {
                for (int b = 0; b < n; b++) {
                    out[o + b] = Math.max(out[o + b], 0f);
                }
            }
        }
    }

    private float activate(float x) {
        return relu ? Math.max(x, 0f) : x;
    }
}
