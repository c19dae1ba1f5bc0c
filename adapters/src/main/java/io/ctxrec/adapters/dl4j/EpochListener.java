package io.ctxrec.adapters.dl4j;

/** Told after every training epoch, e.g. to log progress or record the loss curve. */
@FunctionalInterface
public interface EpochListener {
    EpochListener NONE = report -> { };

    void epochFinished(EpochReport report);
}
