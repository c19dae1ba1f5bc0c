package io.ctxrec.training.pipeline;

import io.ctxrec.domain.port.ModelVersion;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a run ended: {@code ACTIVE} (serving now), {@code REJECTED} by the quality gate (kept, not
 * serving) or {@code FAILED}. A failed run has a {@code reason} and no results or files; the pipeline
 * returns it rather than throwing, so a scheduler or the API can report it like any other outcome.
 */
public record TrainingOutcome(String version, ModelVersion.Status status, String reason, List<ModelResult> results,
                              String table, String datasetSummary, Duration time) {

    public TrainingOutcome {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(status, "status");
        reason = reason == null ? "" : reason;
        results = List.copyOf(results);
        table = table == null ? "" : table;
        datasetSummary = datasetSummary == null ? "" : datasetSummary;
        Objects.requireNonNull(time, "time");
    }

    static TrainingOutcome failed(String version, String reason, Duration time) {
        return new TrainingOutcome(version, ModelVersion.Status.FAILED, reason, List.of(), "", "", time);
    }

    public boolean activated() {
        return status == ModelVersion.Status.ACTIVE;
    }

    public boolean failed() {
        return status == ModelVersion.Status.FAILED;
    }
}
