package io.ctxrec.training.pipeline;

import io.ctxrec.domain.port.ModelVersion;
import io.ctxrec.domain.port.ModelVersions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The optional check before activation: a new version whose best sampled MAP@K (over its trained
 * models, ItemPop excluded) is below the active version's best by more than the margin is rejected.
 * With no active version, or one without a results file to compare with, the new version passes.
 */
final class QualityGate {
    private static final Logger LOG = LoggerFactory.getLogger(QualityGate.class);

    private final VersionFolders folders;
    private final ModelVersions versions;

    QualityGate(VersionFolders folders, ModelVersions versions) {
        this.folders = folders;
        this.versions = versions;
    }

    /** The reason to reject, or empty to activate. */
    Optional<String> rejection(List<ModelResult> results, OptionalDouble margin) {
        Optional<ModelVersion> active = versions.active();
        if (margin.isEmpty() || active.isEmpty()) {
            return Optional.empty();
        }
        Path activeResults = folders.folder(active.get().version()).resolve(ResultsCsv.FILE_NAME);
        if (!Files.isRegularFile(activeResults)) {
            LOG.warn("quality gate skipped: active version {} has no {}", active.get().version(), ResultsCsv.FILE_NAME);
            return Optional.empty();
        }
        OptionalDouble activeBest = ResultsCsv.bestMap(activeResults);
        OptionalDouble newBest = ResultsCsv.bestMap(results);
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
