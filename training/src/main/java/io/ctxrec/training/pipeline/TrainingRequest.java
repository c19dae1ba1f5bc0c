package io.ctxrec.training.pipeline;

import io.ctxrec.adapters.family.BuiltInFamilies;
import io.ctxrec.adapters.family.ItemPopFamily;
import io.ctxrec.domain.evaluation.EvaluationSettings;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.training.dataset.DatasetSettings;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What one training run does. {@code epochs} caps every model's epochs (early stopping may stop sooner);
 * 0 keeps each model's own max-epochs. {@code embeddingDim} and {@code batchSize} 0 keep each model's default
 * ({@link ModelDefaults}); {@code qualityGateMargin}, when present, rejects a version whose best
 * sampled MAP@K is below the active version's by more than the margin; {@code keepVersions} is how
 * many version folders survive pruning, the active one always kept on top; {@code modelDefaults} give
 * each model's learning rate, L2, layers and default embedding size; {@code popularityBlend} blends each model
 * with item popularity by a weight chosen on the validation split ({@link PopularityBlendFit}); {@code afterStopping}
 * is what early stopping serves once it has chosen the epoch ({@link AfterStopping}, {@code auto} by default).
 */
public record TrainingRequest(List<ModelName> models, int epochs, int batchSize, int embeddingDim,
                              DatasetSettings dataset, EvaluationSettings evaluation,
                              OptionalDouble qualityGateMargin, int keepVersions, ModelDefaults modelDefaults,
                              boolean popularityBlend, AfterStopping afterStopping) {
    public static final int DEFAULT_KEEP_VERSIONS = 5;
    public static final int MIN_BATCH = 64;
    public static final int MAX_BATCH = 16_384;

    public TrainingRequest {
        Objects.requireNonNull(models, "models");
        if (models.isEmpty() || models.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("models must name at least one model and no null");
        }
        models = List.copyOf(new LinkedHashSet<>(models));
        if (epochs < 0 || epochs > ModelDefaults.MAX_EPOCHS) {
            throw new IllegalArgumentException("epochs must be 0 (each model's max-epochs) or in [1, "
                    + ModelDefaults.MAX_EPOCHS + "], was " + epochs);
        }
        if (batchSize != 0 && (batchSize < MIN_BATCH || batchSize > MAX_BATCH)) {
            throw new IllegalArgumentException("batch size must be 0 (model default) or in [" + MIN_BATCH + ", "
                    + MAX_BATCH + "], was " + batchSize);
        }
        if (embeddingDim < 0) {
            throw new IllegalArgumentException("embeddingDim must be 0 (model default) or more, was " + embeddingDim);
        }
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(qualityGateMargin, "qualityGateMargin");
        qualityGateMargin.ifPresent(m -> {
            if (!(m >= 0) || !Double.isFinite(m)) {
                throw new IllegalArgumentException("qualityGateMargin must be a number >= 0, was " + m);
            }
        });
        if (keepVersions < 1) {
            throw new IllegalArgumentException("keepVersions must be at least 1, was " + keepVersions);
        }
        Objects.requireNonNull(modelDefaults, "modelDefaults");
        Objects.requireNonNull(afterStopping, "afterStopping");
    }

    /**
     * All built-in models, each model's own max-epochs and batch size, default data and evaluation settings,
     * no quality gate, the packaged model defaults, blended with popularity.
     */
    public static TrainingRequest defaults() {
        return new TrainingRequest(BuiltInFamilies.all().names(), 0, 0, 0, DatasetSettings.DEFAULT, EvaluationSettings.DEFAULT,
                OptionalDouble.empty(), DEFAULT_KEEP_VERSIONS, ModelDefaults.packaged(), true, AfterStopping.AUTO);
    }

    /**
     * The models this run trains: those named but ItemPop, which every run counts anyway as the baseline of the
     * evaluation and saves for serving ({@link ItemPopFamily}).
     */
    public List<ModelName> trainedModels() {
        return models.stream().filter(m -> !m.equals(ItemPopFamily.NAME)).toList();
    }

    public TrainingRequest withModels(ModelName... value) {
        return new TrainingRequest(List.of(value), epochs, batchSize, embeddingDim, dataset, evaluation,
                qualityGateMargin,
                keepVersions, modelDefaults, popularityBlend, afterStopping);
    }

    public TrainingRequest withEpochs(int value) {
        return new TrainingRequest(models, value, batchSize, embeddingDim, dataset, evaluation, qualityGateMargin,
                keepVersions, modelDefaults, popularityBlend, afterStopping);
    }

    public TrainingRequest withBatchSize(int value) {
        return new TrainingRequest(models, epochs, value, embeddingDim, dataset, evaluation, qualityGateMargin,
                keepVersions, modelDefaults, popularityBlend, afterStopping);
    }

    public TrainingRequest withEmbeddingDim(int value) {
        return new TrainingRequest(models, epochs, batchSize, value, dataset, evaluation, qualityGateMargin,
                keepVersions, modelDefaults, popularityBlend, afterStopping);
    }

    public TrainingRequest withDataset(DatasetSettings value) {
        return new TrainingRequest(models, epochs, batchSize, embeddingDim, value, evaluation, qualityGateMargin,
                keepVersions, modelDefaults, popularityBlend, afterStopping);
    }

    public TrainingRequest withQualityGateMargin(double value) {
        return new TrainingRequest(models, epochs, batchSize, embeddingDim, dataset, evaluation,
                OptionalDouble.of(value), keepVersions, modelDefaults, popularityBlend, afterStopping);
    }

    public TrainingRequest withKeepVersions(int value) {
        return new TrainingRequest(models, epochs, batchSize, embeddingDim, dataset, evaluation, qualityGateMargin,
                value, modelDefaults, popularityBlend, afterStopping);
    }

    public TrainingRequest withPopularityBlend(boolean value) {
        return new TrainingRequest(models, epochs, batchSize, embeddingDim, dataset, evaluation, qualityGateMargin,
                keepVersions, modelDefaults, value, afterStopping);
    }

    public TrainingRequest withAfterStopping(AfterStopping value) {
        return new TrainingRequest(models, epochs, batchSize, embeddingDim, dataset, evaluation, qualityGateMargin,
                keepVersions, modelDefaults, popularityBlend, value);
    }
}
