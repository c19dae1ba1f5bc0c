package io.ctxrec.adapters.dl4j;

import java.util.Arrays;
import java.util.List;

/**
 * Hyperparameters and input dimensions of one model, written next to the model as
 * {@code {model}_config.json}. Context feature {@code f} takes indexes {@code 0..contextSizes[f]-1},
 * index 0 being the feature's unknown value. {@code negativeAlpha} is the exponent of the popularity the
 * sampled negatives are drawn by, 0 for uniform (configs saved before it existed read as 0).
 */
public record ModelConfig(int embeddingDim, List<Integer> hiddenDims, double learningRate, double l2, int epochs,
                          int batchSize, int negativesPerPositive, long seed,
                          int nUsers, int nItems, int[] contextSizes, double negativeAlpha) {

    public ModelConfig {
        positive("embeddingDim", embeddingDim);
        hiddenDims = hiddenDims == null ? List.of() : hiddenDims;
        hiddenDims.forEach(h -> positive("hiddenDims", h == null ? 0 : h));
        hiddenDims = List.copyOf(hiddenDims);
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learningRate must be a positive number, was " + learningRate);
        }
        if (!(l2 >= 0) || !Double.isFinite(l2)) {
            throw new IllegalArgumentException("l2 must be a number >= 0, was " + l2);
        }
        positive("epochs", epochs);
        positive("batchSize", batchSize);
        if (negativesPerPositive < 0) {
            throw new IllegalArgumentException("negativesPerPositive must be >= 0, was " + negativesPerPositive);
        }
        positive("nUsers", nUsers);
        positive("nItems", nItems);
        contextSizes = contextSizes == null ? new int[0] : contextSizes.clone();
        for (int size : contextSizes) {
            positive("contextSizes", size);
        }
        if (!(negativeAlpha >= 0) || !Double.isFinite(negativeAlpha)) {
            throw new IllegalArgumentException("negativeAlpha must be a number >= 0, was " + negativeAlpha);
        }
    }

    /** With negatives drawn uniformly. */
    public ModelConfig(int embeddingDim, List<Integer> hiddenDims, double learningRate, double l2, int epochs,
                       int batchSize, int negativesPerPositive, long seed, int nUsers, int nItems, int[] contextSizes) {
        this(embeddingDim, hiddenDims, learningRate, l2, epochs, batchSize, negativesPerPositive, seed, nUsers, nItems,
                contextSizes, 0);
    }

    private static void positive(String field, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(field + " must be >= 1, was " + value);
        }
    }

    /** The same hyperparameters for data of other dimensions (a retrain on a grown catalogue). */
    public ModelConfig withDims(int users, int items, int[] contexts) {
        return new ModelConfig(embeddingDim, hiddenDims, learningRate, l2, epochs, batchSize, negativesPerPositive,
                seed, users, items, contexts, negativeAlpha);
    }

    public ModelConfig withEpochs(int newEpochs) {
        return new ModelConfig(embeddingDim, hiddenDims, learningRate, l2, newEpochs, batchSize, negativesPerPositive,
                seed, nUsers, nItems, contextSizes, negativeAlpha);
    }

    @Override
    public int[] contextSizes() {
        return contextSizes.clone();
    }

    public int nContextFeatures() {
        return contextSizes.length;
    }

    // A record compares arrays by reference; configs are equal when their sizes are.
    @Override
    public boolean equals(Object o) {
        return o instanceof ModelConfig c && embeddingDim == c.embeddingDim && hiddenDims.equals(c.hiddenDims)
                && Double.compare(learningRate, c.learningRate) == 0 && Double.compare(l2, c.l2) == 0
                && epochs == c.epochs && batchSize == c.batchSize && negativesPerPositive == c.negativesPerPositive
                && seed == c.seed && nUsers == c.nUsers && nItems == c.nItems
                && Arrays.equals(contextSizes, c.contextSizes) && Double.compare(negativeAlpha, c.negativeAlpha) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hash(embeddingDim, hiddenDims, learningRate, l2, epochs, batchSize,
                negativesPerPositive, seed, nUsers, nItems, negativeAlpha) + Arrays.hashCode(contextSizes);
    }

    @Override
    public String toString() {
        return "ModelConfig[embeddingDim=" + embeddingDim + ", hiddenDims=" + hiddenDims + ", learningRate="
                + learningRate + ", l2=" + l2 + ", epochs=" + epochs + ", batchSize=" + batchSize
                + ", negativesPerPositive=" + negativesPerPositive + ", seed=" + seed + ", nUsers=" + nUsers
                + ", nItems=" + nItems + ", contextSizes=" + Arrays.toString(contextSizes) + ", negativeAlpha="
                + negativeAlpha + "]";
    }
}
