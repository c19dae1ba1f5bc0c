package io.ctxrec.domain.port;

import java.time.Instant;
import java.util.Objects;

/** A training run's output, identified by its version string. */
public record ModelVersion(String version, Status status, Instant createdAt, Instant activatedAt, String note) {

    /** TRAINING while being written; READY when complete; ACTIVE serves; REJECTED failed the quality gate. */
    public enum Status { TRAINING, READY, ACTIVE, RETIRED, REJECTED, FAILED }

    public ModelVersion {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        note = note == null ? "" : note;
    }
}
