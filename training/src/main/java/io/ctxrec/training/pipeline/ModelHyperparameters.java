package io.ctxrec.training.pipeline;

import java.util.List;
import java.util.Locale;

/**
 * One model's hyperparameters as {@code config/model-defaults.properties} records them: embedding
 * width, hidden layer widths (empty for BMF), Adam learning rate, L2 weight, negatives sampled per
 * training positive each epoch, and epochs.
 */
public record ModelHyperparameters(int embeddingDim, List<Integer> hiddenDims, double learningRate, double l2,
                                   int negatives, int epochs) {

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
        if (epochs < 1 || epochs > ModelDefaults.MAX_EPOCHS) {
            throw new IllegalArgumentException("epochs must be in [1, " + ModelDefaults.MAX_EPOCHS + "], was " + epochs);
        }
    }

    public ModelHyperparameters withEpochs(int value) {
        return new ModelHyperparameters(embeddingDim, hiddenDims, learningRate, l2, negatives, value);
    }

    /** {@code dim=16 hidden=64,32 lr=0.005 l2=1e-05 neg=4 epochs=10}, for search tables. */
    public String label() {
        return String.format(Locale.ROOT, "dim=%d hidden=%s lr=%s l2=%s neg=%d epochs=%d", embeddingDim,
                hiddenDims.isEmpty() ? "-" : String.join(",", hiddenDims.stream().map(String::valueOf).toList()),
                learningRate, l2, negatives, epochs);
    }
}
