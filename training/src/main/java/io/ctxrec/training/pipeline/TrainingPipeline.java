package io.ctxrec.training.pipeline;

import io.ctxrec.adapters.artifacts.FileModelArtifacts;
import io.ctxrec.adapters.artifacts.VersionFolders;
import io.ctxrec.domain.family.ModelFamilies;
import io.ctxrec.domain.port.EncoderStore;
import io.ctxrec.domain.port.ModelStore;
import io.ctxrec.domain.port.ModelVersion.Status;
import io.ctxrec.domain.port.ModelVersions;
import io.ctxrec.training.dataset.DatasetSummary;
import io.ctxrec.training.dataset.PreparedDataset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The offline pipeline as versions see it: register a new version (TRAINING), train and write it into a
 * draft folder of the {@link ModelStore}, save its encoders, publish it (every instance can read it from
 * then on), mark it READY, then activate it unless the quality gate rejects it, and prune old versions. Any
 * failure marks the version FAILED with the reason, deletes its files and leaves the active version alone; the failure comes back
 * as a FAILED {@link TrainingOutcome} (an {@link Error} is rethrown after the same clean-up).
 */
public final class TrainingPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingPipeline.class);

    private final ShopSources shop;
    private final ModelVersions versions;
    private final EncoderStore encoderStore;
    private final ModelStore store;
    private final FileModelArtifacts artifacts;
    private final ModelTrainer trainer;
    private final ModelFamilies families;
    private final Supplier<String> versionIds;
    private final TrainingProgress progress;

    /** Writing the versions into the folders under {@code <dataDir>/versions/}. */
    public TrainingPipeline(ShopSources shop, ModelVersions versions, EncoderStore encoderStore, Path dataDir,
                            ModelTrainer trainer, ModelFamilies families, Supplier<String> versionIds,
                            TrainingProgress progress) {
        this(shop, versions, encoderStore, new VersionFolders(Objects.requireNonNull(dataDir, "dataDir")), trainer,
                families, versionIds, progress);
    }

    /**
     * @param store    where the versions' files go
     * @param trainer  trains the DL4J families
     * @param families the families a request may name
     */
    public TrainingPipeline(ShopSources shop, ModelVersions versions, EncoderStore encoderStore, ModelStore store,
                            ModelTrainer trainer, ModelFamilies families, Supplier<String> versionIds,
                            TrainingProgress progress) {
        this.shop = Objects.requireNonNull(shop, "shop");
        this.versions = Objects.requireNonNull(versions, "versions");
        this.encoderStore = Objects.requireNonNull(encoderStore, "encoderStore");
        this.store = Objects.requireNonNull(store, "store");
        this.trainer = Objects.requireNonNull(trainer, "trainer");
        this.families = Objects.requireNonNull(families, "families");
        this.artifacts = new FileModelArtifacts(store, families);
        this.versionIds = Objects.requireNonNull(versionIds, "versionIds");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    public TrainingOutcome run(TrainingRequest request) {
        return run(request, TrainingProgress.NONE);
    }

    /** Runs with {@code extra} told of progress too (e.g. a status poll). */
    public TrainingOutcome run(TrainingRequest request, TrainingProgress extra) {
        long start = System.nanoTime();
        String version = versionIds.get();
        versions.register(version);
        TrainingProgress told = progress.andThen(extra);
        told.runStarted(version, request.trainedModels().size(), request.epochs());
        try {
            return train(version, request, told, start);
        } catch (RuntimeException e) {
            return fail(version, e, start);
        } catch (Error e) {
            fail(version, e, start);
            throw e;
        }
    }

    private TrainingOutcome train(String version, TrainingRequest request, TrainingProgress told, long start) {
        TrainingRun run = new TrainingRun(trainer, families, told);
        PreparedDataset data = run.prepare(request, shop);
        String summary = DatasetSummary.of(data);
        LOG.info("version {} dataset:{}{}", version, System.lineSeparator(), summary);
        TrainingRun.Result result = run.trainAll(version, request, data, store.draft(version));
        String table = ComparisonTable.of(result.results());
        LOG.info("version {} results:{}{}", version, System.lineSeparator(), table);
        encoderStore.save(version, data.encoders());
        store.publish(version);
        versions.mark(version, Status.READY, "trained " + request.trainedModels().size() + " models");
        Status status = activateUnlessRejected(version, request, result.results());
        prune(request.keepVersions());
        String reason = status == Status.REJECTED ? versions.find(version).map(v -> v.note()).orElse("") : "";
        return new TrainingOutcome(version, status, reason, result.results(), table, summary, since(start));
    }

    private Status activateUnlessRejected(String version, TrainingRequest request, List<ModelResult> results) {
        Optional<String> rejection = new QualityGate(artifacts, versions).rejection(results, request.qualityGateMargin());
        if (rejection.isPresent()) {
            LOG.warn("version {} rejected by the quality gate: {}", version, rejection.get());
            versions.mark(version, Status.REJECTED, rejection.get());
            return Status.REJECTED;
        }
        versions.activate(version);
        LOG.info("version {} is active", version);
        return Status.ACTIVE;
    }

    // A failed prune leaves extra folders behind; it must not undo a version that is already serving.
    private void prune(int keep) {
        try {
            List<String> removed = new VersionPruner(store, versions).prune(keep);
            if (!removed.isEmpty()) {
                LOG.info("pruned versions {}", removed);
            }
        } catch (RuntimeException e) {
            LOG.warn("pruning old versions failed", e);
        }
    }

    private TrainingOutcome fail(String version, Throwable failure, long start) {
        String reason = failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        LOG.error("version {} failed: {}", version, reason, failure);
        try {
            store.delete(version);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
            LOG.error("cannot delete the files of failed version {}", version, e);
        }
        try {
            versions.mark(version, Status.FAILED, reason);
        } catch (RuntimeException e) {
            LOG.error("cannot mark version {} FAILED", version, e);
        }
        return TrainingOutcome.failed(version, reason, since(start));
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
