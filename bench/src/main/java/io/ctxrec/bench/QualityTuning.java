package io.ctxrec.bench;

import io.ctxrec.domain.evaluation.EvaluationSettings;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.training.dataset.PreparedDataset;
import io.ctxrec.training.pipeline.Dl4jTrainees;
import io.ctxrec.training.pipeline.HyperparameterSearch;
import io.ctxrec.training.pipeline.HyperparameterSearch.Budget;
import io.ctxrec.training.pipeline.HyperparameterSearch.Rung;
import io.ctxrec.training.pipeline.HyperparameterSearch.Trial;
import io.ctxrec.training.pipeline.HyperparameterSearch.Validation;
import io.ctxrec.training.pipeline.ModelDefaults;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code bench quality --tune}: successive halving of each model's hyperparameters on the validation splits
 * of one or more datasets at once ({@link HyperparameterSearch}), every rung printed and the whole search as
 * the {@code quality-tuning} table, and the chosen defaults written to the model defaults file.
 */
final class QualityTuning {
    private final EvaluationSettings evaluation;
    private final int batch;
    private final Budget budget;
    private final long seed;

    /** One dataset to tune on: its name and the prepared data whose validation split scores the settings. */
    record Tuned(String name, PreparedDataset data) {
    }

    QualityTuning(EvaluationSettings evaluation, int batch, Budget budget, long seed) {
        this.evaluation = evaluation;
        this.batch = batch;
        this.budget = budget;
        this.seed = seed;
    }

    ModelDefaults tune(List<Tuned> datasets, List<ModelName> models, ModelDefaults start, Path defaultsFile,
                       Path out, PrintStream console) {
        long begin = System.nanoTime();
        List<String> names = datasets.stream().map(Tuned::name).toList();
        console.printf(Locale.ROOT, "tuning by successive halving on %d dataset(s): up to %d settings per model, "
                        + "the best 1/%d going on after each rung (rung 0: %d epochs), %.1f minutes in all%n",
                datasets.size(), budget.trials(), budget.eta(), budget.minEpochs(), budget.time().toMillis() / 60_000.0);
        for (Tuned t : datasets) {
            console.printf(Locale.ROOT, "  %s: %d validation cases, %,d training positives without them%n", t.name(),
                    t.data().validation().cases().size(), t.data().validation().positives().size());
        }
        BenchTable table = new BenchTable("quality-tuning", List.of("model", "rung", "epochs", "rank",
                "hyperparameters", "score", "val_NDCG@10 (best epoch/epochs) per dataset", "outcome"));
        HyperparameterSearch.Outcome outcome;
        try (Dl4jTrainees trainees = new Dl4jTrainees(datasets.stream().map(Tuned::data).toList(), names, evaluation,
                batch)) {
            long[] rungStart = {System.nanoTime()};
            outcome = new HyperparameterSearch(trainees, datasets.size(), budget, seed, System::nanoTime)
                    .search(models, start, rung -> {
                        print(rung, (System.nanoTime() - rungStart[0]) / 1e9, console);
                        rungStart[0] = System.nanoTime();
                    });
        }
        for (Rung rung : outcome.rungs()) {
            Rung deciding = outcome.deciding(rung.model());
            for (int i = 0; i < rung.ranked().size(); i++) {
                Trial t = rung.ranked().get(i);
                table.row(rung.model().displayName(), rung.index(), rung.epochs(), i + 1, t.hyperparameters().label(),
                        round(t.score()), perDataset(t), rung == deciding && i == 0 ? "chosen"
                                : deciding == null && t.hyperparameters().equals(outcome.chosen().of(rung.model()))
                                ? "kept" : i < rung.promoted() ? "goes on" : rung.cut() ? "cut short" : "");
            }
        }
        for (ModelName m : models) {
            console.printf("%s %s %s%n", m.displayName(), outcome.deciding(m) == null
                    ? "kept its defaults (the time ran out before a setting trained to its max-epochs):" : "chose",
                    outcome.chosen().of(m).label());
        }
        table.note("datasets", String.join("; ", names))
                .note("validation", "each dataset's early-stopping split: the latest training positive of up to "
                        + datasets.get(0).data().settings().validationUsers() + " users, ranked against "
                        + evaluation.negatives() + " sampled unseen items; the test set is never read")
                .note("score", "mean over the datasets of validation NDCG@10 over the rung's best there")
                .note("budget", budget.trials() + " settings per model, halving by " + budget.eta() + ", rung 0 "
                        + budget.minEpochs() + " epochs, " + budget.time().toSeconds() + " s")
                .note("defaults written to", defaultsFile.toString())
                .note("search seconds", Math.round((System.nanoTime() - begin) / 1e8) / 10.0)
                .note("load average", Machine.loadAverage())
                .publish(console, out);
        write(outcome.chosen(), defaultsFile, names);
        return outcome.chosen();
    }

    private static void print(Rung rung, double seconds, PrintStream console) {
        console.printf(Locale.ROOT, "%s rung %d: %d setting(s) to %s epochs%s, %.1f s; %s%n",
                rung.model().displayName(), rung.index(), rung.ranked().size(), rung.epochs(),
                rung.cut() ? " (cut short: out of time)" : "", seconds,
                rung.promoted() > 0 ? "the best " + rung.promoted() + " go on" : "this rung decides");
        int shown = Math.min(rung.ranked().size(), Math.max(3, rung.promoted()));
        for (int i = 0; i < shown; i++) {
            Trial t = rung.ranked().get(i);
            console.printf(Locale.ROOT, "  %2d. %.3f  %s  %s%n", i + 1, t.score(), perDataset(t),
                    t.hyperparameters().label());
        }
    }

    private static String perDataset(Trial t) {
        return t.perDataset().stream().map(QualityTuning::format).collect(Collectors.joining(" "));
    }

    private static String format(Validation v) {
        return String.format(Locale.ROOT, "%.4f(%d/%d%s)", v.ndcg(), v.bestEpoch(), v.epochs(), v.stopped() ? "s" : "");
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    private void write(ModelDefaults chosen, Path file, List<String> datasets) {
        List<String> header = new ArrayList<>(List.of(
                "Each model's default hyperparameters, read by train and bench quality (ctxrec.training.model-defaults",
                "names this file; the copy packaged in the jar is used when it is absent).",
                "Written by `bench quality --tune` on " + Instant.now() + ": successive halving of up to "
                        + budget.trials() + " settings per model",
                "(the former defaults first), each scored by its mean relative validation NDCG@10 across"));
        datasets.forEach(d -> header.add("  " + d));
        header.add("(each dataset's early-stopping validation split; the test set is never read), seed " + seed + ".");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, chosen.toProperties(header));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the model defaults to " + file, e);
        }
    }
}
