package io.ctxrec.training.pipeline;

import io.ctxrec.adapters.dl4j.EpochReport;
import io.ctxrec.domain.scoring.ModelName;
import java.time.Duration;
import java.util.Locale;

/** The one-line progress report of an epoch, as the CLI prints and the log records it. */
public final class ProgressLine {
    private ProgressLine() {
    }

    /** E.g. {@code NeuMF epoch 3/10: loss 0.4123, 52,310 samples/s, 0:12 left}. */
    public static String of(ModelName model, EpochReport report) {
        return String.format(Locale.ROOT, "%s epoch %d/%d: loss %.4f, %,.0f samples/s, %s left",
                model.displayName(), report.epoch(), report.epochs(), report.averageLoss(),
                report.samplesPerSecond(), clock(report.estimatedRemaining()));
    }

    /**
     * E.g. {@code LNCM evaluation, sampled: 12,800/76,332 cases, 1,623 cases/s, 0:39 left}, and once finished
     * {@code LNCM evaluation, sampled: 76,332 cases in 0:47, 1,624 cases/s}.
     */
    public static String of(EvaluationStatus status) {
        if (status.finished()) {
            return String.format(Locale.ROOT, "%s evaluation, %s: %,d cases in %s, %,.0f cases/s", status.model(),
                    status.ranking(), status.total(), clock(status.elapsed()), status.casesPerSecond());
        }
        return String.format(Locale.ROOT, "%s evaluation, %s: %,d/%,d cases, %,.0f cases/s, %s left", status.model(),
                status.ranking(), status.done(), status.total(), status.casesPerSecond(),
                clock(status.estimatedRemaining()));
    }

    static String clock(Duration d) {
        long seconds = Math.max(0, d.toSeconds());
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
