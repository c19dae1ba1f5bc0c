package io.ctxrec.training.pipeline;

import io.ctxrec.domain.port.ModelArtifacts;
import io.ctxrec.domain.port.ModelVersion;
import io.ctxrec.domain.port.ModelVersions;
import io.ctxrec.domain.port.OfflineResult;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The optional check before activation: a new version whose best sampled MAP@K (over its trained
 * models, ItemPop excluded) is below the active version's best by more than the margin is rejected.
 * With no active version, or one without offline results to compare with, the new version passes.
 */
final class QualityGate {
    private static final Logger LOG = LoggerFactory.getLogger(QualityGate.class);

    private final ModelArtifacts artifacts;
    private final ModelVersions versions;

    QualityGate(ModelArtifacts artifacts, ModelVersions versions) {
        this.artifacts = artifacts;
        this.versions = versions;
    }

    /** The reason to reject, or empty to activate. */
    Optional<String> rejection(List<ModelResult> results, OptionalDouble margin) {
        Optional<ModelVersion> active = versions.active();
        if (margin.isEmpty() || active.isEmpty()) {
            return Optional.empty();
        }
        List<OfflineResult> activeResults = artifacts.offlineResults(active.get().version());
        if (activeResults.isEmpty()) {
            LOG.warn("quality gate skipped: active version {} has no offline results", active.get().version());
            return Optional.empty();
        }
        OptionalDouble activeBest = OfflineResult.bestMap(activeResults);
        OptionalDouble newBest = OfflineResult.bestMap(results.stream().map(ModelResult::offline).toList());
        if (activeBest.isEmpty()) {
            return Optional.empty();
        }
        if (newBest.isEmpty()) {
            return Optional.of("no MAP measured (no test cases), active version " + active.get().version()
                    + " has " + format(activeBest.getAsDouble()));
        }
        double shortfall = activeBest.getAsDouble() - newBest.getAsDouble();
        if (shortfall > margin.getAsDouble()) {
            return Optional.of("best MAP " + format(newBest.getAsDouble()) + " is below active version "
                    + active.get().version() + "'s " + format(activeBest.getAsDouble()) + " by more than the margin "
                    + format(margin.getAsDouble()));
        }
        return Optional.empty();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
