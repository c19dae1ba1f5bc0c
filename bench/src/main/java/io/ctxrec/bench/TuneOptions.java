package io.ctxrec.bench;

import io.ctxrec.training.pipeline.HyperparameterSearch.Budget;
import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code bench quality}'s options of the hyperparameter search (successive halving), and its budget. */
final class TuneOptions {
    @Option(names = "--tune",
            description = "First search each model's hyperparameters by successive halving on the validation split "
                    + "early stopping uses (each user's latest training positive; the test set is never read), print "
                    + "each rung and write the chosen defaults to --defaults, then benchmark with them.")
    boolean tune;

    @Option(names = "--tune-on", paramLabel = "SPEC,...", description = "Tune on these datasets at once instead of "
            + "the benchmarked one (" + QualityDataset.SPECS + "), scoring a setting by its mean validation NDCG@10 "
            + "relative to the best on each; without FILE or --data, only tune.")
    String tuneOn;

    @Option(names = "--tune-trials", description = "Settings started per model (default ${DEFAULT-VALUE}).")
    int tuneTrials = 18;

    @Option(names = "--tune-eta", description = "After each rung the best 1/eta go on, training eta times as "
            + "many epochs (default ${DEFAULT-VALUE}).")
    int tuneEta = 3;

    @Option(names = "--tune-min-epochs", description = "Epochs of rung 0 (default ${DEFAULT-VALUE}).")
    int tuneMinEpochs = 2;

    @Option(names = "--tune-minutes", description = "Time budget of the search from the command's start (reading "
            + "and preparing the data included), each model taking an equal share of what is left; a setting in "
            + "training when it runs out stops after its epoch, and a model whose search it cut short keeps its "
            + "current defaults (default ${DEFAULT-VALUE}: with that epoch and the writing of the results, within 10).")
    double tuneMinutes = 9.5;

    /** The search's budget: the time left of --tune-minutes counted from {@code startedNanos}, reading and preparing the data included. */
    Budget budget(long startedNanos) {
        long left = (long) (tuneMinutes * 60_000) - (System.nanoTime() - startedNanos) / 1_000_000;
        return new Budget(tuneTrials, tuneEta, tuneMinEpochs, Duration.ofMillis(Math.max(0, left)));
    }
}
