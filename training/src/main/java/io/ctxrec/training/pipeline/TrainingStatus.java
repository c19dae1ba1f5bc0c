package io.ctxrec.training.pipeline;

/**
 * A snapshot for progress polling. {@code model} is the display name of the model in training (empty
 * while the data is prepared or when idle); {@code modelIndex} is 0-based; {@code percent} counts
 * finished epochs over all the run's epochs.
 */
public record TrainingStatus(boolean running, String version, String model, int modelIndex, int models, int epoch,
                             int epochs, double percent) {
    public static final TrainingStatus IDLE = new TrainingStatus(false, "", "", 0, 0, 0, 0, 0);

    static TrainingStatus started(String version, int models, int epochs) {
        return new TrainingStatus(true, version, "", 0, models, 0, epochs, 0);
    }

    TrainingStatus atModel(String name, int index) {
        return new TrainingStatus(true, version, name, index, models, 0, epochs, percent(index, 0));
    }

    TrainingStatus atEpoch(int finished) {
        return new TrainingStatus(true, version, model, modelIndex, models, finished, epochs,
                percent(modelIndex, finished));
    }

    private double percent(int index, int finished) {
        long total = (long) models * epochs;
        return total == 0 ? 0 : 100.0 * ((long) index * epochs + finished) / total;
    }
}
