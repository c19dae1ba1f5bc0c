package io.ctxrec.domain.port;

import java.util.List;

/**
 * What a training run saved for a model version, read back for serving and reporting: the models with
 * the encoders they were trained with, and each model's offline evaluation. Only training writes them.
 */
public interface ModelArtifacts {

    /**
     * The version's models and encoders, ready to serve. Throws IllegalArgumentException when the version
     * has no saved model, or a model does not fit the version or its encoders.
     */
    LoadedVersion load(String version);

    /**
     * Describes the version: each model's offline result and the baseline's, in the run's order; empty
     * when the version recorded none. Throws IllegalArgumentException when the record is malformed.
     */
    List<OfflineResult> offlineResults(String version);
}
