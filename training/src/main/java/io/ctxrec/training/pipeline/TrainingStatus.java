package io.ctxrec.training.pipeline;

/**
 * A snapshot for progress polling. {@code model} is the display name of the model in training (empty
 * while the data is prepared or when idle); {@code modelIndex} is 0-based; {@code epochs} is the
 * current training's most epochs (0 before the first epoch when each model has its own); {@code percent}
 * counts finished models and the current one's share of its most epochs (early stopping skips the rest).
 */
public record TrainingStatus(boolean running, String version, String model, int modelIndex, int models, int epoch,
                             int epochs, double percent) {
    public static final TrainingStatus IDLE = new TrainingStatus(false, "", "", 0, 0, 0, 0, 0);

    static TrainingStatus started(String version, int models, int epochs) {
        return new TrainingStatus(true, version, "", 0, models, 0, epochs, 0);
    }

    TrainingStatus atModel(String name, int index) {
        return new TrainingStatus(true, version, name, index, models, 0, epochs, percent(index, 0, epochs));
    }

    TrainingStatus atEpoch(int finished, int most) {
        return new TrainingStatus(true, version, model, modelIndex, models, finished, most,
                percent(modelIndex, finished, most));
    }

    private double percent(int index, int finished, int most) {
        return models == 0 ? 0 : 100.0 * (index + (most == 0 ? 0 : (double) finished / most)) / models;
    }
}
