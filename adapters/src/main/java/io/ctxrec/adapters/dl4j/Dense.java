package io.ctxrec.adapters.dl4j;

/** A dense layer's parameters as float copies, and whether a ReLU follows it (else it is linear). */
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
}
