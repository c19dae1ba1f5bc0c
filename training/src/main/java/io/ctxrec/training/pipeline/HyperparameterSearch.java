package io.ctxrec.training.pipeline;

import io.ctxrec.adapters.dl4j.Dl4jFamily;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.training.dataset.PreparedDataset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A small random search per model on a validation split (each user's latest training positive held
 * out of the training part: the test set is never read). Each model gets an equal share of the time
 * budget and at most {@code trialsPerModel} trials: its current defaults first, then settings drawn
 * without repetition, in an order fixed by the seed, from the grid below. A trial is scored by sampled
 * NDCG@10 on the validation cases, then HR@10; the best becomes the model's default. A trial started
 * inside the budget runs to its end, so the search can overrun by one trial.
 */
public final class HyperparameterSearch {
    static final List<Double> LEARNING_RATES = List.of(0.001, 0.002, 0.005, 0.01, 0.02);
    static final List<Integer> EMBEDDING_DIMS = List.of(8, 16, 32, 64);
    static final List<Double> L2 = List.of(0.0, 1e-6, 1e-5, 1e-4);
    static final List<Integer> NEGATIVES = List.of(4, 8);

    private final QualityRun run;
    private final int trialsPerModel;
    private final Duration budget;
    private final long seed;
    private final LongSupplier nanoClock;

    public HyperparameterSearch(QualityRun run, int trialsPerModel, Duration budget, long seed, LongSupplier nanoClock) {
        if (trialsPerModel < 1) {
            throw new IllegalArgumentException("trials per model must be at least 1, was " + trialsPerModel);
        }
        this.run = run;
        this.trialsPerModel = trialsPerModel;
        this.budget = budget;
        this.seed = seed;
        this.nanoClock = nanoClock;
    }

    /** One trained setting and its validation metrics. */
    public record Trial(ModelName model, ModelHyperparameters hyperparameters, ModelResult result, boolean chosen) {
    }

    /** Every trial in the order run, the defaults they lead to, and ItemPop on the same validation cases. */
    public record Outcome(List<Trial> trials, ModelDefaults chosen, ModelResult itemPop) {
    }

    public Outcome search(PreparedDataset validation, List<ModelName> models, ModelDefaults start,
                          Consumer<Trial> onTrial) {
        List<Trial> trials = new ArrayList<>();
        ModelDefaults chosen = start;
        long share = budget.toNanos() / Math.max(1, models.size());
        for (ModelName model : models) {
            long deadline = nanoClock.getAsLong() + share;
            List<Trial> mine = new ArrayList<>();
            for (ModelHyperparameters h : candidates(model, start.of(model))) {
                if (mine.size() >= trialsPerModel || (!mine.isEmpty() && nanoClock.getAsLong() >= deadline)) {
                    break;
                }
                Trial t = new Trial(model, h, run.train(validation, model, h), false);
                mine.add(t);
                onTrial.accept(t);
            }
            Trial best = mine.stream().max(BY_VALIDATION).orElseThrow();
            chosen = chosen.with(model, best.hyperparameters());
            mine.forEach(t -> trials.add(t == best ? new Trial(t.model(), t.hyperparameters(), t.result(), true) : t));
        }
        return new Outcome(trials, chosen, run.itemPop(validation));
    }

    static final Comparator<Trial> BY_VALIDATION = Comparator
            .comparingDouble((Trial t) -> t.result().sampled().ndcg().orElse(0))
            .thenComparingDouble(t -> t.result().sampled().hitRate().orElse(0));

    // A model without a rate of its own at its batch size keeps following its learning rate.
    private static double batchRate(ModelHyperparameters current, double lr) {
        return current.batchLearningRate() == current.learningRate() ? lr : current.batchLearningRate();
    }

    /**
     * The current settings, then the grid in the seed's order (hidden layers kept as they are; max-epochs
     * and patience too, as each trial stops early on its own validation split).
     */
    List<ModelHyperparameters> candidates(ModelName model, ModelHyperparameters current) {
        List<ModelHyperparameters> grid = new ArrayList<>();
        for (double lr : LEARNING_RATES) {
            for (int dim : EMBEDDING_DIMS) {
                for (double l2 : L2) {
                    for (int neg : NEGATIVES) {
                        ModelHyperparameters h = new ModelHyperparameters(dim, current.hiddenDims(), lr, l2, neg,
                                current.maxEpochs(), current.batchSize(), batchRate(current, lr), current.patience());
                        if (!h.equals(current)) {
                            grid.add(h);
                        }
                    }
                }
            }
        }
        Collections.shuffle(grid, new Random(seed ^ Dl4jFamily.names().indexOf(model)));
        List<ModelHyperparameters> out = new ArrayList<>();
        out.add(current);
        out.addAll(grid);
        return out;
    }
}
