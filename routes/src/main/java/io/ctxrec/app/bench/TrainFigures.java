package io.ctxrec.app.bench;

/**
 * One training run's figures: samples per second of the fitting alone, mean fitting seconds per epoch,
 * peak heap, sampled HR@10 after the last epoch, and the wall time of the whole run (graph building,
 * negative sampling and fitting, not the evaluation).
 */
record TrainFigures(double samplesPerSecond, double secondsPerEpoch, double peakHeapMb, double hr10,
                    double wallSeconds) {
}
