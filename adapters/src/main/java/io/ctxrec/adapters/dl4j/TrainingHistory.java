package io.ctxrec.adapters.dl4j;

import java.util.List;

/** Every epoch's report of one training run, in order. */
public record TrainingHistory(List<EpochReport> epochs) {

    public TrainingHistory {
        epochs = List.copyOf(epochs);
    }

    /** Average loss per epoch: the loss curve. */
    public double[] lossCurve() {
        return epochs.stream().mapToDouble(EpochReport::averageLoss).toArray();
    }
}
