package io.ctxrec.routes;

/**
 * The running training's progress, as the API shows it. {@code version} is the version in training (null
 * when idle); {@code model} is the display name of the model in training (null while the data is prepared or
 * when idle); {@code modelIndex} is 0-based (the page shows "model 1 of 4" for 0);
 * {@code percent} counts finished epochs over all the run's epochs.
 */
public record RetrainProgress(boolean running, String version, String model, int modelIndex, int models, int epoch,
                              int epochs, double percent) {
}
