package io.ctxrec.routes;

/**
 * The running training's progress, as the API shows it. {@code model} is the display name of the model
 * in training (empty while the data is prepared or when idle); {@code modelIndex} is 0-based;
 * {@code percent} counts finished epochs over all the run's epochs.
 */
public record RetrainProgress(boolean running, String version, String model, int modelIndex, int models, int epoch,
                              int epochs, double percent) {
}
