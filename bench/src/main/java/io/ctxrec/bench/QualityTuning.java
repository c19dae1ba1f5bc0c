package io.ctxrec.bench;

import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.training.dataset.PreparedDataset;
import io.ctxrec.training.dataset.SplitProtocol;
import io.ctxrec.training.pipeline.HyperparameterSearch;
import io.ctxrec.training.pipeline.HyperparameterSearch.Trial;
import io.ctxrec.training.pipeline.ModelDefaults;
import io.ctxrec.training.pipeline.QualityRun;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench quality --tune}: the hyperparameter search on the validation split, printed as the
 * {@code quality-tuning} table, and the chosen defaults written to the model defaults file.
 */
final class QualityTuning {
    private final QualityRun run;
    private final int trialsPerModel;
    private final Duration budget;
    private final long seed;

    QualityTuning(QualityRun run, int trialsPerModel, Duration budget, long seed) {
        this.run = run;
        this.trialsPerModel = trialsPerModel;
        this.budget = budget;
        this.seed = seed;
    }

    ModelDefaults tune(PreparedDataset validation, List<ModelName> models, ModelDefaults start, Path defaultsFile,
                       String dataset, Path out, PrintStream console) {
        long begin = System.nanoTime();
        console.printf("tuning on a validation split: %d cases, %d training positives; up to %d settings per model "
                        + "in %.1f minutes%n", validation.testCases().size(), validation.counts().trainPositives(),
                trialsPerModel, budget.toMillis() / 60_000.0);
        HyperparameterSearch.Outcome outcome = new HyperparameterSearch(run, trialsPerModel, budget, seed, System::nanoTime)
                .search(validation, models, start, t -> console.printf(Locale.ROOT, "  %s %s: val NDCG@10 %.4f HR@10 %.4f (%.1f s)%n",
                        t.model().displayName(), t.hyperparameters().label(), t.result().sampled().ndcg().orElse(0),
                        t.result().sampled().hitRate().orElse(0), t.result().seconds()));
        BenchTable table = new BenchTable("quality-tuning", List.of("model", "hyperparameters", "val_HR@10",
                "val_NDCG@10", "val_fHR@10", "val_fNDCG@10", "train_s", "chosen"));
        for (Trial t : outcome.trials()) {
            table.row(t.model().displayName(), t.hyperparameters().label(), QualityTable.v(t.result().sampled().hitRate()),
                    QualityTable.v(t.result().sampled().ndcg()), QualityTable.v(t.result().full().hitRate()),
                    QualityTable.v(t.result().full().ndcg()), QualityTable.round(t.result().seconds()),
                    t.chosen() ? "yes" : "");
        }
        var pop = outcome.itemPop();
        table.row("ItemPop", "", QualityTable.v(pop.sampled().hitRate()), QualityTable.v(pop.sampled().ndcg()),
                QualityTable.v(pop.full().hitRate()), QualityTable.v(pop.full().ndcg()), null, "");
        table.note("dataset", dataset)
                .note("validation", (validation.settings().protocol() == SplitProtocol.LOO
                        ? "each user's latest training positive" : "the latest 20% of each user's training events")
                        + " held out of the training data, ranked against 99 sampled unseen items")
                .note("chosen by", "validation NDCG@10, then HR@10")
                .note("defaults written to", defaultsFile.toString())
                .note("search seconds", Math.round((System.nanoTime() - begin) / 1e8) / 10.0)
                .note("load average", Machine.loadAverage())
                .publish(console, out);
        write(outcome.chosen(), defaultsFile, dataset, validation);
        return outcome.chosen();
    }

    private void write(ModelDefaults chosen, Path file, String dataset, PreparedDataset validation) {
        List<String> header = List.of(
                "Each model's default hyperparameters, read by train and bench quality (ctxrec.training.model-defaults",
                "names this file; the copy packaged in the jar is used when it is absent).",
                "Written by `bench quality --tune` on " + Instant.now() + " from " + dataset + ":",
                "the best validation NDCG@10 (then HR@10) of up to " + trialsPerModel + " settings per model, the former",
                "defaults first, on a validation split carved from the training data by the same protocol ("
                        + validation.settings().protocol().code() + "; the test set is never read), seed " + seed + ".");
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
