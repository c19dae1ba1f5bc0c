package io.ctxrec.domain.metrics;

import java.util.OptionalDouble;

/**
 * Pointwise errors of predictions against labels. Empty arrays give {@link OptionalDouble#empty()};
 * arrays of different lengths or a non-finite number are an {@link IllegalArgumentException}.
 */
public final class ErrorMetrics {
    private ErrorMetrics() {
    }

    /** Root of the mean squared difference. */
    public static OptionalDouble rmse(double[] predictions, double[] labels) {
        check(predictions, labels);
        if (predictions.length == 0) {
            return OptionalDouble.empty();
        }
        double sum = 0;
        for (int i = 0; i < predictions.length; i++) {
            double d = predictions[i] - labels[i];
            sum += d * d;
        }
        return OptionalDouble.of(Math.sqrt(sum / predictions.length));
    }

    /** Mean absolute difference. */
    public static OptionalDouble mae(double[] predictions, double[] labels) {
        check(predictions, labels);
        if (predictions.length == 0) {
            return OptionalDouble.empty();
        }
        double sum = 0;
        for (int i = 0; i < predictions.length; i++) {
            sum += Math.abs(predictions[i] - labels[i]);
        }
        return OptionalDouble.of(sum / predictions.length);
    }

    private static void check(double[] predictions, double[] labels) {
        Scores.requireSameLength(predictions, labels);
        Scores.requireFinite(predictions, "predictions");
        Scores.requireFinite(labels, "labels");
    }
}
