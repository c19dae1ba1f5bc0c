package io.ctxrec.domain.metrics;

import java.util.OptionalDouble;

/**
 * The mean of per-user metric values, skipping users for whom the metric is empty (for example no
 * relevant item). Immutable: {@link #plus} returns a new mean. {@code count} is the number of values
 * averaged, {@code skipped} the number of empty ones left out.
 */
public record MetricMean(double sum, long count, long skipped) {
    public static final MetricMean EMPTY = new MetricMean(0, 0, 0);

    public MetricMean {
        if (count < 0 || skipped < 0) {
            throw new IllegalArgumentException("count and skipped must not be negative");
        }
        Scores.requireFinite(sum, "sum");
    }

    /** The mean of the given values, empties skipped. */
    public static MetricMean of(Iterable<OptionalDouble> values) {
        MetricMean mean = EMPTY;
        for (OptionalDouble value : values) {
            mean = mean.plus(value);
        }
        return mean;
    }

    public MetricMean plus(OptionalDouble value) {
        if (value.isEmpty()) {
            return new MetricMean(sum, count, skipped + 1);
        }
        Scores.requireFinite(value.getAsDouble(), "metric value");
        return new MetricMean(sum + value.getAsDouble(), count + 1, skipped);
    }

    /** Empty when no value was averaged. */
    public OptionalDouble mean() {
        return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / count);
    }
}
