package io.ctxrec.adapters.dl4j;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.dataset.MultiDataSet;

/**
 * The DL4J training loop: fits a graph from {@link ModelArchitectures} for {@link ModelConfig#epochs()}
 * epochs of shuffled mini-batches of {@link ModelConfig#batchSize()}. Each epoch asks for its own samples,
 * so the caller can draw fresh negatives every epoch; the shuffle of epoch e is seeded by (seed, e), so a
 * run is repeatable. An {@link EpochCheck} may stop it earlier.
 */
public final class TrainingLoop {
    private final ModelConfig config;

    public TrainingLoop(ModelConfig config) {
        this.config = config;
    }

    /**
     * @param samplesForEpoch called once per epoch with the 1-based epoch number
     * @param listener        told after each epoch
     */
    public TrainingHistory train(ComputationGraph graph, IntFunction<TrainingSamples> samplesForEpoch,
                                 EpochListener listener) {
        return train(graph, samplesForEpoch, listener, EpochCheck.ALWAYS);
    }

    /** As above, stopping after the first epoch {@code check} does not pass. */
    public TrainingHistory train(ComputationGraph graph, IntFunction<TrainingSamples> samplesForEpoch,
                                 EpochListener listener, EpochCheck check) {
        return train(graph, 1, samplesForEpoch, listener, check);
    }

    /**
     * Goes on training a graph that has trained {@code firstEpoch - 1} epochs (its updater state kept), up
     * to {@link ModelConfig#epochs()}: the hyperparameter search trains its trials a few epochs at a time.
     * Epoch e's samples and shuffle are those of an uninterrupted run's epoch e.
     */
    public TrainingHistory train(ComputationGraph graph, int firstEpoch, IntFunction<TrainingSamples> samplesForEpoch,
                                 EpochListener listener, EpochCheck check) {
        if (firstEpoch < 1) {
            throw new IllegalArgumentException("firstEpoch must be at least 1, was " + firstEpoch);
        }
        int contextFeatures = ModelArchitectures.contextInputs(graph);
        List<EpochReport> reports = new ArrayList<>();
        long start = System.nanoTime();
        for (int epoch = firstEpoch; epoch <= config.epochs(); epoch++) {
            TrainingSamples samples = samplesForEpoch.apply(epoch);
            if (samples == null || samples.size() == 0) {
                throw new IllegalArgumentException("epoch " + epoch + " has no training samples");
            }
            samples.checkFits(config, contextFeatures);
            long epochStart = System.nanoTime();
            double loss = fitEpoch(graph, samples, contextFeatures, new Random(config.seed() * 1_000_003L + epoch));
            graph.incrementEpochCount();
            EpochReport report = report(epoch, epoch - firstEpoch + 1, loss, samples.size(), epochStart, start);
            reports.add(report);
            listener.epochFinished(report);
            if (!check.proceed(graph, report)) {
                break;
            }
        }
        return new TrainingHistory(reports);
    }

    /** Fits every batch once; returns the sample-weighted mean of the batch losses. */
    private double fitEpoch(ComputationGraph graph, TrainingSamples samples, int contextFeatures, Random random) {
        MiniBatches batches = new MiniBatches(samples, config.batchSize(), contextFeatures, random);
        double weightedLoss = 0;
        while (batches.hasNext()) {
            MultiDataSet batch = batches.next();
            graph.fit(batch);
            double batchLoss = graph.score();
            if (!Double.isFinite(batchLoss)) {
                throw new IllegalStateException("training diverged: batch loss " + batchLoss
                        + " (lower learningRate " + config.learningRate() + ")");
            }
            weightedLoss += batchLoss * batch.getLabels(0).size(0);
        }
        return weightedLoss / samples.size();
    }

    private EpochReport report(int epoch, int done, double loss, int samples, long epochStart, long start) {
        long now = System.nanoTime();
        double epochSeconds = Math.max(now - epochStart, 1) / 1e9;
        Duration elapsed = Duration.ofNanos(now - start);
        Duration remaining = elapsed.dividedBy(done).multipliedBy(config.epochs() - epoch);
        return new EpochReport(epoch, config.epochs(), loss, samples, samples / epochSeconds, elapsed, remaining);
    }
}
