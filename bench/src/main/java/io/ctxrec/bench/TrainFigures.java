package io.ctxrec.bench;

/**
 * One training run's figures: samples per second of the fitting alone, mean fitting seconds per epoch,
 * peak heap, sampled HR@10 after the last epoch, and the wall time of the whole run (graph building,
 * negative sampling and fitting, not the evaluation), and samples per second of CPU time of the training
 * thread over the run (null when not measured): on a shared machine the wall figure falls with the load,
 * this one much less.
 */
record TrainFigures(double samplesPerSecond, double secondsPerEpoch, double peakHeapMb, double hr10,
                    double wallSeconds, Double cpuSamplesPerSecond) {
}
