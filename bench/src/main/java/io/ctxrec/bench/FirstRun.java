package io.ctxrec.bench;

import io.ctxrec.adapters.dl4j.ModelArchitectures;
import io.ctxrec.adapters.dl4j.ModelConfig;
import io.ctxrec.adapters.dl4j.TrainingLoop;
import io.ctxrec.adapters.dl4j.TrainingSamples;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.training.dataset.EpochSampler;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntFunction;

/**
 * The first training in a new process against the next one (issue 15): all the named models trained twice
 * in a row, first thing in the process, on the same data, as a retrain draws it (fresh negatives each
 * epoch); wall and process CPU time of each run. What the first pays more is the process's start-up work
 * that training triggers: ND4J's native set-up on first use and the JIT compilation of the training loop.
 */
final class FirstRun {
    private FirstRun() {
    }

    /** One run's wall and CPU seconds (all threads of the process, the JIT compiler's included). */
    record Times(double wallSeconds, double cpuSeconds) {
    }

    /** The two runs, first and second. */
    record Pair(Times first, Times second) {
        double wallRatio() {
            return first.wallSeconds() / second.wallSeconds();
        }

        double cpuRatio() {
            return first.cpuSeconds() / second.cpuSeconds();
        }
    }

    /**
     * @param configFor each model's config for the data (its defaults at {@code epochs} epochs)
     */
    static Pair measure(List<ModelName> models, SyntheticMovieLens data, int epochs,
                        BiFunction<ModelName, Integer, ModelConfig> configFor) {
        Times first = run(models, data, epochs, configFor);
        Times second = run(models, data, epochs, configFor);
        return new Pair(first, second);
    }

    private static Times run(List<ModelName> models, SyntheticMovieLens data, int epochs,
                             BiFunction<ModelName, Integer, ModelConfig> configFor) {
        long wall = System.nanoTime();
        long cpu = processCpuNanos();
        for (ModelName model : models) {
            ModelConfig config = configFor.apply(model, epochs);
            EpochSampler sampler = data.sampler(config.negativesPerPositive(), config.seed());
            IntFunction<TrainingSamples> draw = e -> BenchData.samples(sampler.examples(e));
            new TrainingLoop(config).train(ModelArchitectures.build(model, config), draw, report -> { });
        }
        return new Times((System.nanoTime() - wall) / 1e9, (processCpuNanos() - cpu) / 1e9);
    }

    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
