package io.ctxrec.domain.port;

import java.util.List;
import java.util.Optional;

/** The registry of model versions and the one that serves. */
public interface ModelVersions {

    /** Records a new version in state TRAINING. */
    void register(String version);

    /** Moves a version to READY, FAILED or REJECTED with a note (the reason). */
    void mark(String version, ModelVersion.Status status, String note);

    /**
     * Makes {@code version} the one that serves, in one atomic switch: the previously active one
     * becomes RETIRED. The version must be READY or RETIRED.
     */
    void activate(String version);

    Optional<ModelVersion> active();

    Optional<ModelVersion> find(String version);

    /** The newest versions first. */
    List<ModelVersion> recent(int limit);

    /** Forgets a version that does not serve (with its encoders); used when pruning. */
    void delete(String version);
}
