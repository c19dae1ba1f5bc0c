package io.ctxrec.training.pipeline;

import io.ctxrec.adapters.dl4j.Dl4jFamily;
import io.ctxrec.domain.scoring.ModelName;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Successive halving per model, on one or more datasets at once, scored on each dataset's validation
 * split (the one early stopping watches: each user's latest training positive; the test set is never
 * read). Rung 0 starts up to {@code trials} settings (the current defaults first, then the grid below in
 * an order fixed by the seed) and trains each {@code minEpochs} epochs on every dataset. After a rung the
 * settings are ranked by their mean relative validation NDCG@10: on each dataset a setting's best
 * NDCG@10 so far divided by the best of that rung's settings there, so that no dataset counts more for
 * its scale. The best {@code 1/eta} go on, resuming where they stopped, to {@code eta} times as many
 * epochs; the rung that picks the winner (at most {@code eta} settings left) trains to each setting's
 * max-epochs, as a run with early stopping would. The current defaults go on to every rung whatever their
 * rank: a setting that learns slowly (a small learning rate) ranks low after a few epochs, and without
 * them the search could pick a fast starter that ends worse than the defaults it replaces. A setting
 * whose validation NDCG@10 has not risen for its patience stops training and keeps its score.
 *
 * <p>Budget: at most {@code trials} settings per model, and time: each model gets an equal share of the
 * time left; once it is spent no setting starts a rung and a setting training stops after its epoch, so
 * the search overruns by one epoch at most (only the first setting's rung 0 always runs to its end, so
 * that every model has a result). When the time cuts a rung short the current defaults stay: a setting
 * replaces them only by beating them at full training. On a busy machine the time ran out within rung 0,
 * and the 2-epoch leaders that then won (fast starters: BMF at lr 0.02) lost to the shipped defaults on
 * every test split, twice.
 */
public final class HyperparameterSearch {
    static final List<Double> LEARNING_RATES = List.of(0.001, 0.002, 0.005, 0.01, 0.02);
    static final List<Integer> EMBEDDING_DIMS = List.of(8, 16, 32, 64);
    static final List<Double> L2 = List.of(0.0, 1e-6, 1e-5, 1e-4);
    static final List<Integer> NEGATIVES = List.of(4, 8);

    private final Trainees trainees;
    private final int datasets;
    private final Budget budget;
    private final long seed;
    private final LongSupplier nanoClock;

    /** How much the search may spend: settings started per model, the halving factor, rung 0's epochs, time. */
    public record Budget(int trials, int eta, int minEpochs, Duration time) {
        public Budget {
            if (trials < 1) {
                throw new IllegalArgumentException("trials per model must be at least 1, was " + trials);
            }
            if (eta < 2) {
                throw new IllegalArgumentException("the halving factor must be at least 2, was " + eta);
            }
            if (minEpochs < 1) {
                throw new IllegalArgumentException("rung 0's epochs must be at least 1, was " + minEpochs);
            }
        }
    }

    /** One setting training on one dataset, a rung at a time. */
    public interface Trainee {
        /**
         * Trains on to {@code epochs} epochs in all, fewer once its patience runs out or after the epoch in
         * which {@code timeUp} turns true; the best so far.
         */
        Validation trainTo(int epochs, BooleanSupplier timeUp);
    }

    /** Starts a setting's training on dataset {@code dataset} (0-based, in the order given). */
    @FunctionalInterface
    public interface Trainees {
        Trainee start(ModelName model, ModelHyperparameters h, int dataset);
    }

    /** A trainee's best validation NDCG@10 so far, the epoch it came from, the epochs run, whether it stopped. */
    public record Validation(double ndcg, int bestEpoch, int epochs, boolean stopped) {
    }

    /** One setting after a rung: its validation on each dataset and its mean relative NDCG@10. */
    public record Trial(ModelHyperparameters hyperparameters, List<Validation> perDataset, double score) {
        public Trial {
            perDataset = List.copyOf(perDataset);
        }
    }

    /**
     * A rung as it ended: the settings that finished it, best first, how many of them go on (0 when this
     * rung chose the winner or was cut short), and whether the time ran out during it.
     */
    public record Rung(ModelName model, int index, int epochs, List<Trial> ranked, int promoted, boolean cut) {
        public Rung {
            ranked = List.copyOf(ranked);
        }
    }

    /** Every rung in the order run, and the defaults they lead to. */
    public record Outcome(List<Rung> rungs, ModelDefaults chosen) {
        public Outcome {
            rungs = List.copyOf(rungs);
        }

        /**
         * The rung that chose the model's setting (its last, complete); null when the time cut the search short
         * and the current defaults stayed.
         */
        public Rung deciding(ModelName model) {
            Rung last = null;
            for (Rung r : rungs) {
                if (r.model().equals(model)) {
                    last = r;
                }
            }
            return last == null || last.cut() ? null : last;
        }
    }

    public HyperparameterSearch(Trainees trainees, int datasets, Budget budget, long seed, LongSupplier nanoClock) {
        if (datasets < 1) {
            throw new IllegalArgumentException("the search needs at least one dataset");
        }
        this.trainees = trainees;
        this.datasets = datasets;
        this.budget = budget;
        this.seed = seed;
        this.nanoClock = nanoClock;
    }

    public Outcome search(List<ModelName> models, ModelDefaults start, Consumer<Rung> onRung) {
        List<Rung> rungs = new ArrayList<>();
        ModelDefaults chosen = start;
        long end = nanoClock.getAsLong() + budget.time().toNanos();
        for (int m = 0; m < models.size(); m++) {
            ModelName model = models.get(m);
            long deadline = nanoClock.getAsLong() + Math.max(0, end - nanoClock.getAsLong()) / (models.size() - m);
            List<ModelHyperparameters> settings = candidates(model, start.of(model));
            ModelHyperparameters best = halve(model, settings.subList(0, Math.min(budget.trials(), settings.size())),
                    deadline, r -> {
                        rungs.add(r);
                        onRung.accept(r);
                    });
            chosen = chosen.with(model, best);
        }
        return new Outcome(rungs, chosen);
    }

    private ModelHyperparameters halve(ModelName model, List<ModelHyperparameters> settings, long deadline,
                                       Consumer<Rung> onRung) {
        List<Contender> alive = settings.stream().map(Contender::new).toList();
        Contender incumbent = alive.get(0);
        boolean carried = false;
        int epochs = budget.minEpochs();
        for (int index = 0; ; index++) {
            boolean deciding = alive.size() - (carried ? 1 : 0) <= budget.eta();
            int target = deciding ? alive.get(0).hyperparameters.maxEpochs() : epochs;
            List<Contender> finished = new ArrayList<>();
            boolean cut = false;
            for (Contender c : alive) {
                boolean first = index == 0 && finished.isEmpty();
                BooleanSupplier timeUp = first ? () -> false : () -> nanoClock.getAsLong() >= deadline;
                if (timeUp.getAsBoolean() || !c.trainTo(model, target, timeUp)) {
                    cut = true;
                    break;
                }
                finished.add(c);
            }
            if (cut) {
                onRung.accept(new Rung(model, index, target, rank(finished), 0, true));
                return incumbent.hyperparameters;
            }
            List<Contender> ranked = rankContenders(finished);
            boolean maxedOut = ranked.stream().allMatch(Contender::done);
            // At least eta go on, so that the winner is never picked after rung 0's few epochs alone.
            int promoted = deciding || maxedOut ? 0
                    : Math.max(Math.min(budget.eta(), ranked.size()), ranked.size() / budget.eta());
            onRung.accept(new Rung(model, index, target, rank(finished), promoted, false));
            if (promoted <= 1) {
                return ranked.get(0).hyperparameters;
            }
            alive = new ArrayList<>(ranked.subList(0, promoted)); // the others' graphs can go
            carried = !alive.contains(incumbent);
            if (carried) {
                alive.add(incumbent);
            }
            epochs = epochs * budget.eta();
        }
    }

    private List<Trial> rank(List<Contender> finished) {
        return rankContenders(finished).stream().map(c -> c.trial(best(finished))).toList();
    }

    private List<Contender> rankContenders(List<Contender> finished) {
        double[] best = best(finished);
        List<Contender> ranked = new ArrayList<>(finished);
        ranked.sort(Comparator.comparingDouble((Contender c) -> -c.score(best))); // stable: earlier settings win ties
        return ranked;
    }

    private double[] best(List<Contender> finished) {
        double[] best = new double[datasets];
        for (Contender c : finished) {
            for (int d = 0; d < datasets; d++) {
                best[d] = Math.max(best[d], c.latest[d].ndcg());
            }
        }
        return best;
    }

    private final class Contender {
        final ModelHyperparameters hyperparameters;
        final Trainee[] trainees = new Trainee[datasets];
        final Validation[] latest = new Validation[datasets];

        Contender(ModelHyperparameters hyperparameters) {
            this.hyperparameters = hyperparameters;
        }

        // False when the time ran out before every dataset reached the epochs or the end of its patience.
        boolean trainTo(ModelName model, int epochs, BooleanSupplier timeUp) {
            int target = Math.min(epochs, hyperparameters.maxEpochs());
            for (int d = 0; d < datasets; d++) {
                if (trainees[d] == null) {
                    trainees[d] = HyperparameterSearch.this.trainees.start(model, hyperparameters, d);
                }
                latest[d] = trainees[d].trainTo(target, timeUp);
                if (latest[d].epochs() < target && !latest[d].stopped()) {
                    return false;
                }
            }
            return true;
        }

        // Mean over the datasets of NDCG@10 relative to the rung's best there (1 where every setting scored 0).
        double score(double[] best) {
            double sum = 0;
            for (int d = 0; d < datasets; d++) {
                sum += best[d] > 0 ? latest[d].ndcg() / best[d] : 1;
            }
            return sum / datasets;
        }

        // Nothing left to train: stopped by its patience or at max-epochs on every dataset.
        boolean done() {
            for (Validation v : latest) {
                if (!v.stopped() && v.epochs() < hyperparameters.maxEpochs()) {
                    return false;
                }
            }
            return true;
        }

        Trial trial(double[] best) {
            return new Trial(hyperparameters, List.of(latest), score(best));
        }
    }

    /**
     * The current settings, then the grid in the seed's order (hidden layers kept as they are; max-epochs
     * and patience too, as each trial stops early by itself). A learning rate scales the rate at the
     * model's own batch size in proportion, so that it changes what a model trains with at every size.
     */
    List<ModelHyperparameters> candidates(ModelName model, ModelHyperparameters current) {
        List<ModelHyperparameters> grid = new ArrayList<>();
        for (double lr : LEARNING_RATES) {
            for (int dim : EMBEDDING_DIMS) {
                for (double l2 : L2) {
                    for (int neg : NEGATIVES) {
                        double batchRate = rounded(current.batchLearningRate() * lr / current.learningRate());
                        ModelHyperparameters h = new ModelHyperparameters(dim, current.hiddenDims(), lr, l2, neg,
                                current.maxEpochs(), current.batchSize(), batchRate, current.patience(),
                                current.negativeAlpha());
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

    // 0.0020000000000000005 is 0.002: a file a person reads, and a grid point equal to the current one.
    private static double rounded(double value) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.6g", value));
    }
}
