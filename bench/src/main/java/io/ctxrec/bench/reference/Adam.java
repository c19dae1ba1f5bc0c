package io.ctxrec.bench.reference;

/** Adam (Kingma and Ba) with DL4J's defaults: beta1 0.9, beta2 0.999, epsilon 1e-8. */
final class Adam {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;
    private final double learningRate;
    private int step;
    private float stepSize;

    Adam(double learningRate) {
        this.learningRate = learningRate;
    }

    /** Starts a step: the bias-corrected step size for this iteration. */
    void nextStep() {
        step++;
        stepSize = (float) (learningRate * Math.sqrt(1 - Math.pow(BETA2, step)) / (1 - Math.pow(BETA1, step)));
    }

    void update(Param p, int from, int length, double l2) {
        float[] w = p.w;
        float[] g = p.g;
        float[] m = p.m;
        float[] v = p.v;
        float b1 = (float) BETA1;
        float b2 = (float) BETA2;
        float decay = (float) l2;
        for (int i = from; i < from + length; i++) {
            float grad = g[i] + decay * w[i];
            m[i] = b1 * m[i] + (1 - b1) * grad;
            v[i] = b2 * v[i] + (1 - b2) * grad * grad;
            w[i] -= stepSize * m[i] / ((float) Math.sqrt(v[i]) + (float) EPSILON);
            g[i] = 0f;
        }
    }
}
