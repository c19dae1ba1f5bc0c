package io.ctxrec.routes.scoring;

import io.ctxrec.domain.port.ModelArtifacts;
import io.ctxrec.domain.port.OfflineResult;
import io.ctxrec.domain.selection.ModelMetrics;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** Reads a version through the model artifacts: models and encoders, and each model's offline metrics. */
public final class ServingVersions {
    private ServingVersions() {
    }

    public static Function<String, ServingVersion> from(ModelArtifacts artifacts) {
        return version -> new ServingVersion(artifacts.load(version), offline(artifacts, version));
    }

    /** Model name to metrics; a model without both is left out, a version without offline results has none. */
    private static Map<String, ModelMetrics> offline(ModelArtifacts artifacts, String version) {
        Map<String, ModelMetrics> metrics = new HashMap<>();
        for (OfflineResult result : artifacts.offlineResults(version)) {
            result.selectionMetrics().ifPresent(m -> metrics.put(result.model(), m));
        }
        return metrics;
    }
}
