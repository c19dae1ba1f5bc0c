package io.ctxrec.adapters.dl4j;

import java.util.NoSuchElementException;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.dataset.api.MultiDataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.MultiDataSetIterator;

/**
 * One epoch of shuffled mini-batches over primitive arrays, as a DL4J {@link MultiDataSetIterator}.
 * Each batch's arrays are filled from a slice of the shuffled order and wrapped once, so no INDArray
 * is created per sample. {@link #reset()} reshuffles for the next epoch.
 */
public final class MiniBatches implements MultiDataSetIterator {
    private final TrainingSamples samples;
    private final int batchSize;
    private final int contextFeatures;
    private final Random random;
    private int[] order;
    private int next;
    private MultiDataSetPreProcessor preProcessor;

    /** @param contextFeatures context columns the graph takes (the samples may carry more, for other models) */
    MiniBatches(TrainingSamples samples, int batchSize, int contextFeatures, Random random) {
        this.samples = samples;
        this.batchSize = batchSize;
        this.contextFeatures = contextFeatures;
        this.random = random;
        this.order = shuffled(samples.size(), random);
    }

    /** 0..n-1 in a Fisher-Yates order drawn from {@code random}: the order an epoch's batches take. */
    public static int[] shuffled(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    @Override
    public boolean hasNext() {
        return next < order.length;
    }

    @Override
    public MultiDataSet next() {
        return next(batchSize);
    }

    @Override
    public MultiDataSet next(int num) {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        int size = Math.min(num, order.length - next);
        int[][] contexts = samples.contexts();
        float[][] columns = new float[2 + contextFeatures][size];
        float[] labels = new float[size];
        for (int b = 0; b < size; b++) {
            int s = order[next + b];
            columns[0][b] = samples.users()[s];
            columns[1][b] = samples.items()[s];
            for (int f = 0; f < contextFeatures; f++) {
                columns[2 + f][b] = contexts[f][s];
            }
            labels[b] = samples.labels()[s];
        }
        next += size;
        INDArray[] features = new INDArray[columns.length];
        for (int c = 0; c < columns.length; c++) {
            features[c] = GraphInputs.column(columns[c]);
        }
        MultiDataSet batch = new MultiDataSet(features, new INDArray[] {GraphInputs.column(labels)});
        if (preProcessor != null) {
            preProcessor.preProcess(batch);
        }
        return batch;
    }

    @Override
    public void setPreProcessor(MultiDataSetPreProcessor value) {
        this.preProcessor = value;
    }

    @Override
    public MultiDataSetPreProcessor getPreProcessor() {
        return preProcessor;
    }

    @Override
    public boolean resetSupported() {
        return true;
    }

    @Override
    public boolean asyncSupported() {
        return false;
    }

    @Override
    public void reset() {
        order = shuffled(samples.size(), random);
        next = 0;
    }
}
