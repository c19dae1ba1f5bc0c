package io.ctxrec.adapters.dl4j;

import io.ctxrec.domain.scoring.ModelName;
import java.util.List;
import java.util.Random;
import org.deeplearning4j.nn.graph.ComputationGraph;

/**
 * Benchmark, not a test: NeuMF training throughput per batch size on 100k random samples
 * (2,000 users, 1,000 items, d = 16, MLP 64-32). Run with OMP_NUM_THREADS=1; the second epoch is reported.
 */
public final class TrainingThroughput {
    private TrainingThroughput() {
    }

    /** Pass {@code one-thread} to set one native thread from Java instead of through the environment. */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("one-thread")) {
            NativeThreads.useOne();
        }
        int n = 100_000;
        Random random = new Random(1);
        TrainingSamples samples = new TrainingSamples(random.ints(n, 0, 2000).toArray(),
                random.ints(n, 0, 1000).toArray(), new int[0][], new float[n]);
        for (int i = 0; i < n; i += 5) {
            samples.labels()[i] = 1f;
        }
        for (int batch : new int[] {256, 1024, 4096}) {
            ModelConfig config = new ModelConfig(16, List.of(64, 32), 0.001, 1e-5, 2, batch, 4, 42, 2000, 1000,
                    new int[0]);
            ComputationGraph graph = ModelArchitectures.build(ModelName.NEUMF, config);
            TrainingHistory history = new TrainingLoop(config).train(graph, epoch -> samples, EpochListener.NONE);
            EpochReport warm = history.epochs().get(1);
            System.out.printf("NeuMF batch %5d: %,8.0f samples/s (epoch 2 of %,d samples, loss %.4f)%n", batch,
                    warm.samplesPerSecond(), warm.samples(), warm.averageLoss());
        }
    }
}
