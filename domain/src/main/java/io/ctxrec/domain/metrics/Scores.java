package io.ctxrec.domain.metrics;

import java.util.Objects;

/** Input checks shared by the metrics over arrays of numbers. */
final class Scores {
    private Scores() {
    }

    static void requireSameLength(double[] predictions, double[] labels) {
        Objects.requireNonNull(predictions, "predictions");
        Objects.requireNonNull(labels, "labels");
        if (predictions.length != labels.length) {
            throw new IllegalArgumentException("predictions and labels differ in length: "
                    + predictions.length + " != " + labels.length);
        }
    }

    static void requireFinite(double[] values, String field) {
        Objects.requireNonNull(values, field);
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(field + "[" + i + "] is not a finite number: " + values[i]);
            }
        }
    }

    static void requireFinite(double value, String field) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " is not a finite number: " + value);
        }
    }
}
