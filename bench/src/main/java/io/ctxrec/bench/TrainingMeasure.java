package io.ctxrec.bench;

import io.ctxrec.adapters.dl4j.Dl4jScoringModel;
import io.ctxrec.adapters.dl4j.EpochReport;
import io.ctxrec.adapters.dl4j.MiniBatches;
import io.ctxrec.adapters.dl4j.ModelArchitectures;
import io.ctxrec.adapters.dl4j.ModelConfig;
import io.ctxrec.adapters.dl4j.PrecomputedScorers;
import io.ctxrec.adapters.dl4j.TrainingHistory;
import io.ctxrec.adapters.dl4j.TrainingLoop;
import io.ctxrec.adapters.dl4j.TrainingSamples;
import io.ctxrec.bench.reference.ReferenceModel;
import io.ctxrec.domain.evaluation.EvaluationSettings;
import io.ctxrec.domain.evaluation.LeaveOneOutEvaluator;
import io.ctxrec.domain.evaluation.Scorer;
import io.ctxrec.domain.scoring.ModelName;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Random;
import java.util.function.IntFunction;
import org.deeplearning4j.nn.graph.ComputationGraph;

/** Trains one model on a {@link BenchData} with DL4J or with its plain-Java reference, and measures it. */
final class TrainingMeasure {
    private final LeaveOneOutEvaluator evaluator = LeaveOneOutEvaluator.sampled(EvaluationSettings.DEFAULT);

    /** DL4J as the pipeline trains it: {@link TrainingLoop} over the graph of {@link ModelArchitectures}. */
    TrainFigures dl4j(ModelName model, ModelConfig config, BenchData data, IntFunction<TrainingSamples> epochs) {
        HeapPeak.reset();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        ComputationGraph graph = ModelArchitectures.build(model, config);
        TrainingHistory history = new TrainingLoop(config).train(graph, epochs, report -> { });
        double wall = (System.nanoTime() - start) / 1e9;
        long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
        double heap = HeapPeak.megabytes();
        long samples = 0;
        double seconds = 0;
        for (EpochReport r : history.epochs()) {
            samples += r.samples();
            seconds += r.samples() / r.samplesPerSecond();
        }
        Dl4jScoringModel scoring = new Dl4jScoringModel(model, "bench", graph, config, data.itemFeature());
        double hr = hitRate(data, Scorer.of(PrecomputedScorers.of(scoring)));
        return new TrainFigures(samples / seconds, seconds / config.epochs(), heap, hr, wall,
                cpuStart < 0 || cpuNanos <= 0 ? null : samples / (cpuNanos / 1e9));
    }

    /** The plain-Java twin on the same samples, shuffled per epoch, in batches of the config's size. */
    TrainFigures reference(ModelName model, ModelConfig config, BenchData data, IntFunction<TrainingSamples> epochs) {
        HeapPeak.reset();
        long start = System.nanoTime();
        ReferenceModel reference = ReferenceModel.of(model, config);
        long samples = 0;
        long fitNanos = 0;
        for (int e = 1; e <= config.epochs(); e++) {
            TrainingSamples epoch = epochs.apply(e);
            long fitStart = System.nanoTime();
            int[] order = MiniBatches.shuffled(epoch.size(), new Random(config.seed() * 1_000_003L + e));
            for (int from = 0; from < order.length; from += config.batchSize()) {
                reference.trainBatch(epoch, order, from, Math.min(config.batchSize(), order.length - from));
            }
            fitNanos += System.nanoTime() - fitStart;
            samples += epoch.size();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double heap = HeapPeak.megabytes();
        double seconds = fitNanos / 1e9;
        double hr = hitRate(data, (user, items, context) -> reference.score(user, items, context,
                data.itemFeaturePosition(), data.indexByItem()));
        return new TrainFigures(samples / seconds, seconds / config.epochs(), heap, hr, wall, null);
    }

    private double hitRate(BenchData data, Scorer scorer) {
        return evaluator.evaluate(data.cases(), data.userItems(), data.nItems(), scorer).hitRate().orElse(Double.NaN);
    }
}
