package io.ctxrec.bench;

import io.ctxrec.adapters.config.CtxrecConfig;
import io.ctxrec.adapters.dl4j.Dl4jFamily;
import io.ctxrec.adapters.dl4j.NativeThreads;
import io.ctxrec.domain.evaluation.CandidateSource;
import io.ctxrec.domain.evaluation.EvaluationSettings;
import io.ctxrec.domain.evaluation.NegativeSampler;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.training.dataset.DatasetPreparation;
import io.ctxrec.training.dataset.DatasetSettings;
import io.ctxrec.training.dataset.DatasetSummary;
import io.ctxrec.training.dataset.PopularNegatives;
import io.ctxrec.training.dataset.PreparedDataset;
import io.ctxrec.training.dataset.SplitProtocol;
import io.ctxrec.training.dataset.TestNegativesFile;
import io.ctxrec.training.ingest.ImportException;
import io.ctxrec.training.pipeline.Dl4jModelTrainer;
import io.ctxrec.training.pipeline.AfterStopping;
import io.ctxrec.training.pipeline.ModelDefaults;
import io.ctxrec.training.pipeline.ModelResult;
import io.ctxrec.training.pipeline.ProgressLog;
import io.ctxrec.training.pipeline.QualityRun;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

/**
 * {@code bench quality}: trains the four models and ItemPop on a file, in a scratch database, and
 * reports every quality metric per model. Nothing is saved or activated in the configured database.
 */
@Command(name = "quality", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train the models and the ItemPop baseline on a dataset file and report HR@10 (= Precision "
                + "in He et al.), P@10, NDCG@10, MAP@10, MRR@10 and AUC against 99 sampled negatives, HR@10 and "
                + "NDCG@10 against all unseen items, RMSE and MAE of the scores against 0/1 labels, epochs and "
                + "training seconds. The file is imported into a throw-away in-memory database: the configured "
                + "database is never read or changed.",
            "loo protocol: each user's latest positive is the test item (He et al. 2017); every row of that "
                + "user on that item is held out with it. Timestamp ties: the row further down the file is the "
                + "later one. Each rated row is one event, positive by --positives.",
            "Prints a table and writes quality.csv and quality.json under --out."})
public final class BenchQualityCommand implements Callable<Integer> {

    @Mixin
    DatasetOptions dataset = new DatasetOptions();

    @Spec
    CommandSpec spec;

    @Option(names = "--ablate-context", description = "Also train ENCM on the same split without its context features "
            + "and print the paired difference (with minus without, mean ± standard error over the same test cases) of "
            + "HR@10 and NDCG@10; writes quality-context.csv and .json.")
    boolean ablateContext;

    @Option(names = "--compare-negative-alpha", paramLabel = "ALPHA", description = "Also train every model with its "
            + "negatives drawn by training popularity to the power ALPHA (0 to 1; 0 uniform), all else the same, and "
            + "print the paired difference (ALPHA minus the model's own, mean ± standard error over the same test "
            + "cases) of HR@10 and NDCG@10; writes quality-negatives.csv and .json.")
    Double compareNegativeAlpha;

    @Option(names = "--protocol", defaultValue = "loo", paramLabel = "loo|split",
            description = "loo (default): each user's latest positive; split: the latest 20%% of each user's events.")
    String protocol;

    @Option(names = "--test-negatives", paramLabel = "FILE",
            description = "Rank each held-out item against the given candidates instead of sampled ones: one line per "
                    + "user, '(user,item)<TAB>neg1<TAB>...' as in He et al.'s *.test.negative files, or 'user item "
                    + "neg1 ... neg99' separated by tabs, spaces or commas. Ids are the dataset's own ids as "
                    + "imported (not the NCF repository's 0-based indexes); each line's item must be the one the "
                    + "protocol holds out for that user.")
    Path testNegatives;

    @Option(names = "--models", paramLabel = "LIST", description = "Comma-separated subset of ENCM,LNCM,NeuMF,BMF.")
    String models = "ENCM,LNCM,NeuMF,BMF";

    @Option(names = "--epochs", description = "The most epochs for every model, instead of each model's own "
            + "max-epochs; early stopping may stop sooner.")
    Integer epochs;

    @Option(names = "--keep-best-weights", description = "After early stopping serve the best epoch's weights "
            + "instead of retraining on all the training data for that many epochs (as --after-stopping keep).")
    boolean keepBestWeights;

    @Option(names = "--after-stopping", paramLabel = "auto|refit|keep|fold-in:N", description = "What early stopping "
            + "serves: the model retrained on all the training data for the chosen epochs (refit), the best epoch's "
            + "weights (keep, as --keep-best-weights), those trained N epochs more on all the training data "
            + "(fold-in:N), or refit where the validation held out at least 0.5 % of the training positives and keep "
            + "elsewhere (auto). Default: auto, as train does.")
    String afterStopping = "auto";

    @Option(names = "--batch", description = "Mini-batch size for every model; 0 (the default) keeps each model's "
            + "own batch size from the model defaults.")
    int batch;

    @Option(names = "--seed", description = "One seed for splits, sampling and initialisation (default ${DEFAULT-VALUE}).")
    long seed = DatasetSettings.DEFAULT_SEED;

    @Option(names = "--defaults", paramLabel = "FILE",
            description = "The model defaults to use, and with --tune to write (default: ctxrec.training.model-defaults, "
                    + "config/model-defaults.properties).")
    Path defaultsFile;

    @Mixin
    TuneOptions tuning = new TuneOptions();

    private long started;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default ${DEFAULT-VALUE}).")
    Path out = Path.of("target/bench");

    private AfterStopping after() {
        if (keepBestWeights) {
            return AfterStopping.KEEP;
        }
        return AfterStopping.parse(afterStopping);
    }

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        started = start;
        CtxrecConfig config = config();
        Path defaultsPath = defaultsFile != null ? defaultsFile : config.getPath("ctxrec.training.model-defaults");
        ModelDefaults defaults = ModelDefaults.load(defaultsPath, config);
        List<ModelName> chosenModels = Arrays.stream(models.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Dl4jFamily::parse).distinct().toList();
        if (chosenModels.isEmpty()) {
            throw new IllegalArgumentException("--models must name at least one of ENCM, LNCM, NeuMF, BMF");
        }
        if (compareNegativeAlpha != null) {
            PopularNegatives.checkAlpha(compareNegativeAlpha);
        }
        NativeThreads.useOne();
        PrintStream console = System.out;
        try (QualityDataset shop = dataset.open(seed, out, tuning.tune && tuning.tuneOn != null)) {
            DatasetSettings settings = new DatasetSettings(SplitProtocol.parse(protocol),
                    DatasetSettings.DEFAULT_TEST_FRACTION, DatasetSettings.DEFAULT_NEGATIVES_PER_POSITIVE, false,
                    ZoneId.of(config.get("ctxrec.context.zone")), seed, DatasetSettings.DEFAULT_VALIDATION_USERS);
            DatasetPreparation preparation = new DatasetPreparation(settings);
            EvaluationSettings evaluation = EvaluationSettings.DEFAULT.withSeed(seed);
            ProgressLog progress = new ProgressLog(console::println);
            PreparedDataset data = shop == null ? null : prepare(preparation, shop, console);
            if (tuning.tune) {
                defaults = tune(preparation, shop, data, evaluation, chosenModels, defaults, defaultsPath, console);
            }
            if (shop == null) {
                return 0;
            }
            if (epochs != null) {
                for (ModelName m : chosenModels) {
                    defaults = defaults.with(m, defaults.of(m).withMaxEpochs(epochs));
                }
            }
            CandidateSource candidates = testNegatives == null
                    ? new NegativeSampler(evaluation.negatives(), evaluation.seed())
                    : TestNegativesFile.read(testNegatives).candidates(data, evaluation.negatives());
            boolean blend = config.getBoolean("ctxrec.training.popularity-blend");
            QualityRun run = new QualityRun(new Dl4jModelTrainer(), evaluation, candidates, batch, progress,
                    after(), blend);
            QualityRun.Ranking ranking = run.runRanked(data, chosenModels, defaults);
            List<ModelResult> results = ranking.results();
            QualityTable.of(results, defaults)
                    .note("dataset", shop.label())
                    .note("format", shop.format())
                    .note("protocol", settings.protocol().code())
                    .note("positives", shop.positives())
                    .note("candidates", testNegatives == null ? sampledCandidates(data, evaluation) : "the lists in "
                            + testNegatives)
                    .note("users", data.nUsers())
                    .note("items", data.nItems())
                    .note("training positives", data.counts().trainPositives())
                    .note("test cases", data.testCases().size())
                    .note("model defaults", tuning.tune ? defaultsPath + " (tuned in this run)" : defaults.source())
                    .note("batch", batch == 0 ? "each model's default" : String.valueOf(batch))
                    .note("popularity blend", blend ? blends(results) : "off (ctxrec.training.popularity-blend=false)")
                    .note("seed", seed)
                    .note("wall seconds", Math.round((System.nanoTime() - start) / 1e8) / 10.0)
                    .note("load average", Machine.loadAverage())
                    .note("cores", Runtime.getRuntime().availableProcessors())
                    .publish(console, out);
            if (ablateContext) {
                ContextAblation.run(run, ranking.ranked().get(ModelName.ENCM), data, preparation.withoutContext()
                        .prepare(shop.sources().history(), shop.sources().catalog(), shop.sources().ratings()), defaults)
                        .note("dataset", shop.label()).note("seed", seed).publish(console, out);
            }
            if (compareNegativeAlpha != null) {
                NegativeAlphaComparison.run(run, data, ranking.ranked(), defaults, compareNegativeAlpha)
                        .note("dataset", shop.label()).note("protocol", settings.protocol().code()).note("seed", seed)
                        .note("load average", Machine.loadAverage()).publish(console, out);
            }
            return 0;
        } catch (ImportException e) {
            System.err.println("ctxrec-bench: nothing was benchmarked: " + e.getMessage());
            if (e.report().hasBadRows()) {
                System.err.println(e.report().describeBadRows());
            }
            return 1;
        }
    }

    private static PreparedDataset prepare(DatasetPreparation preparation, QualityDataset d, PrintStream console) {
        console.printf("%s: %,d rows%n", d.label(), d.rows());
        PreparedDataset data = preparation.prepare(d.sources().history(), d.sources().catalog(), d.sources().ratings());
        console.println(DatasetSummary.of(data));
        return data;
    }

    // On the benchmarked dataset, or on --tune-on's, opened only for the search.
    private ModelDefaults tune(DatasetPreparation preparation, QualityDataset shop, PreparedDataset data,
                               EvaluationSettings evaluation, List<ModelName> models, ModelDefaults defaults,
                               Path defaultsPath, PrintStream console) {
        if (tuning.tuneOn == null) {
            return tuning(evaluation).tune(List.of(new QualityTuning.Tuned(shop.label(), data)), models, defaults, defaultsPath,
                    out, console);
        }
        List<QualityDataset> opened = QualityDataset.openAll(tuning.tuneOn, seed);
        try {
            List<QualityTuning.Tuned> sets = opened.stream()
                    .map(d -> new QualityTuning.Tuned(d.label(), prepare(preparation, d, console))).toList();
            return tuning(evaluation).tune(sets, models, defaults, defaultsPath, out, console);
        } finally {
            opened.forEach(QualityDataset::close);
        }
    }

    // Each model's beta, chosen on the validation split: 0 is the model alone.
    private static String blends(List<ModelResult> results) {
        return "beta " + results.stream().filter(r -> r.popularityBlend().isPresent())
                .map(r -> r.model() + " " + BigDecimal.valueOf(r.popularityBlend().getAsDouble()).stripTrailingZeros()
                        .toPlainString()).collect(Collectors.joining(", ")) + " (chosen on the validation split)";
    }

    // A user with fewer unseen items than the sample size is ranked against all of them (DePaulMovie has 79 items).
    private String sampledCandidates(PreparedDataset data, EvaluationSettings evaluation) {
        long fewer = data.testCases().stream().filter(c -> data.nItems() - 1
                - data.trainUserItems().getOrDefault(c.user(), java.util.Set.of()).size() < evaluation.negatives()).count();
        return evaluation.negatives() + " sampled unseen items (seed " + seed + ")" + (fewer == 0 ? ""
                : "; all unseen items for the " + fewer + " of " + data.testCases().size() + " cases with fewer");
    }

    // The root command's --config (inherited by every subcommand), else CTXREC_CONFIG, as the CLI reads it.
    private CtxrecConfig config() {
        OptionSpec option = spec == null ? null : spec.root().findOption("--config");
        Path configFile = option == null ? null : option.getValue();
        return CtxrecConfig.load(configFile, System.getenv(), System.getProperties());
    }

    private QualityTuning tuning(EvaluationSettings evaluation) {
        return new QualityTuning(evaluation, batch, tuning.budget(started), seed);
    }
}
