package io.ctxrec.training.pipeline;

import io.ctxrec.training.dataset.PopularNegatives;
import java.util.List;
import java.util.Locale;

/**
 * One model's hyperparameters as {@code config/model-defaults.properties} records them: embedding
 * width, hidden layer widths (empty for BMF), Adam learning rate, L2 weight, negatives sampled per
 * training positive each epoch, the most epochs it trains and the epochs early stopping waits for a
 * gain in validation NDCG before it stops ({@code patience}), and the model's default mini-batch size (each model trains fastest
 * at its own size without losing quality) with its learning rate there, which may differ from the one
 * tuned at 1024 on small data: BMF wants a larger step at 4096 (it learnt less in an epoch on the large
 * shop without one), while the MLP models lost HR@10 with a larger one (the square-root rule). The negatives
 * are drawn by training popularity to the power {@code negativeAlpha}, uniformly at 0
 * ({@link io.ctxrec.training.dataset.PopularNegatives}).
 */
public record ModelHyperparameters(int embeddingDim, List<Integer> hiddenDims, double learningRate, double l2,
                                   int negatives, int maxEpochs, int batchSize, double batchLearningRate,
                                   int patience, double negativeAlpha) {
    /** Fewest steps per epoch a default batch size may leave ({@link #batchSizeFor(long)}). */
    public static final int MIN_STEPS_PER_EPOCH = 100;

    public ModelHyperparameters {
        if (embeddingDim < 1) {
            throw new IllegalArgumentException("embedding-dim must be at least 1, was " + embeddingDim);
        }
        hiddenDims = List.copyOf(hiddenDims);
        if (hiddenDims.stream().anyMatch(h -> h < 1)) {
            throw new IllegalArgumentException("hidden-dims must all be at least 1, were " + hiddenDims);
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learning-rate must be a positive number, was " + learningRate);
        }
        if (!(l2 >= 0) || !Double.isFinite(l2)) {
            throw new IllegalArgumentException("l2 must be a number >= 0, was " + l2);
        }
        if (negatives < 1) {
            throw new IllegalArgumentException("negatives must be at least 1, was " + negatives);
        }
        if (maxEpochs < 1 || maxEpochs > ModelDefaults.MAX_EPOCHS) {
            throw new IllegalArgumentException("max-epochs must be in [1, " + ModelDefaults.MAX_EPOCHS + "], was "
                    + maxEpochs);
        }
        if (patience < 1) {
            throw new IllegalArgumentException("patience must be at least 1, was " + patience);
        }
        if (!(batchLearningRate > 0) || !Double.isFinite(batchLearningRate)) {
            throw new IllegalArgumentException("batch-learning-rate must be a positive number, was "
                    + batchLearningRate);
        }
        if (batchSize < TrainingRequest.MIN_BATCH || batchSize > TrainingRequest.MAX_BATCH) {
            throw new IllegalArgumentException("batch-size must be in [" + TrainingRequest.MIN_BATCH + ", "
                    + TrainingRequest.MAX_BATCH + "], was " + batchSize);
        }
        PopularNegatives.checkAlpha(negativeAlpha);
    }

    /**
     * The default batch size on data of {@code samplesPerEpoch}: {@link #batchSize()}, halved while an epoch
     * would take fewer than {@value #MIN_STEPS_PER_EPOCH} steps, but not below
     * {@link ModelDefaults#DEFAULT_BATCH_SIZE} (the size the models were tuned at on small data): on a small
     * dataset such as DePaul's an epoch of the largest batches is a handful of steps, and ten epochs of
     * those learn little.
     */
    public int batchSizeFor(long samplesPerEpoch) {
        int floor = Math.min(batchSize, ModelDefaults.DEFAULT_BATCH_SIZE);
        int batch = batchSize;
        while (batch > floor && batch * (long) MIN_STEPS_PER_EPOCH > samplesPerEpoch) {
            batch = Math.max(batch / 2, floor);
        }
        return batch;
    }

    /**
     * Adam's step size for batches of {@code batch}: {@link #batchLearningRate()} at the model's own batch size,
     * {@link #learningRate()} (the rate tuned at 1024 on small data) at any other.
     */
    public double learningRateAt(int batch) {
        return batch == batchSize ? batchLearningRate : learningRate;
    }

    public ModelHyperparameters withMaxEpochs(int value) {
        return new ModelHyperparameters(embeddingDim, hiddenDims, learningRate, l2, negatives, value, batchSize,
                batchLearningRate, patience, negativeAlpha);
    }

    public ModelHyperparameters withNegativeAlpha(double value) {
        return new ModelHyperparameters(embeddingDim, hiddenDims, learningRate, l2, negatives, maxEpochs, batchSize,
                batchLearningRate, patience, value);
    }

    /** {@code dim=16 hidden=64,32 lr=0.005 l2=1e-05 neg=4 max-epochs=30 batch=1024}, for search tables. */
    public String label() {
        return String.format(Locale.ROOT, "dim=%d hidden=%s lr=%s l2=%s neg=%d max-epochs=%d batch=%d%s", embeddingDim,
                hiddenDims.isEmpty() ? "-" : String.join(",", hiddenDims.stream().map(String::valueOf).toList()),
                learningRate, l2, negatives, maxEpochs, batchSize,
                batchLearningRate == learningRate ? "" : " batch-lr=" + batchLearningRate)
                + (negativeAlpha == 0 ? "" : " neg-alpha=" + negativeAlpha);
    }
}
