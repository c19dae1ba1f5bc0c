package io.ctxrec.adapters.dl4j;

import java.time.Duration;

/**
 * Progress after one epoch. {@code averageLoss} is the training objective DL4J reports per batch
 * (mean binary cross-entropy plus the L2 penalty of the dense layers; the embedding tables' {@link LazyL2}
 * scores 0), averaged over the epoch's samples.
 *
 * @param epoch              1-based epoch just finished
 * @param elapsed            time since training started
 * @param estimatedRemaining elapsed time per epoch so far times the epochs left
 */
public record EpochReport(int epoch, int epochs, double averageLoss, int samples, double samplesPerSecond,
                          Duration elapsed, Duration estimatedRemaining) {
}
