package io.ctxrec.training.pipeline;

import io.ctxrec.adapters.dl4j.EpochReport;
import io.ctxrec.domain.scoring.ModelName;
import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs every progress line and hands it to a printer (the CLI's standard output, or nothing): each epoch,
 * and an evaluation's progress every {@link #EVALUATION_EVERY} and when it finishes.
 */
public final class ProgressLog implements TrainingProgress {
    private static final Logger LOG = LoggerFactory.getLogger(ProgressLog.class);

    static final Duration EVALUATION_EVERY = Duration.ofSeconds(10);

    private final Consumer<String> printer;
    private Duration lastEvaluationLine = Duration.ZERO;

    public ProgressLog(Consumer<String> printer) {
        this.printer = printer;
    }

    /** Logs only. */
    public static ProgressLog logOnly() {
        return new ProgressLog(line -> { });
    }

    @Override
    public void runStarted(String version, int models, int epochs) {
        emit("training version " + version + ": " + models + " models, " + epochs + " epochs each");
    }

    @Override
    public void epochFinished(ModelName model, EpochReport report) {
        emit(ProgressLine.of(model, report));
    }

    @Override
    public void evaluationAdvanced(EvaluationStatus status) {
        if (status.elapsed().compareTo(lastEvaluationLine) < 0) {
            lastEvaluationLine = Duration.ZERO; // another evaluation started
        }
        if (status.finished() || status.elapsed().minus(lastEvaluationLine).compareTo(EVALUATION_EVERY) >= 0) {
            lastEvaluationLine = status.finished() ? Duration.ZERO : status.elapsed();
            emit(ProgressLine.of(status));
        }
    }

    private void emit(String line) {
        LOG.info(line);
        printer.accept(line);
    }
}
