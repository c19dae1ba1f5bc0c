package io.ctxrec.domain.fallback;

/** Min-max scaling to [0, 1]; a constant signal scales to 0, as it tells the candidates nothing apart. */
final class MinMax {
    private MinMax() {
    }

    static double[] normalise(double[] raw) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : raw) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double[] scaled = new double[raw.length];
        if (max > min) {
            for (int i = 0; i < raw.length; i++) {
                scaled[i] = (raw[i] - min) / (max - min);
            }
        }
        return scaled;
    }
}
