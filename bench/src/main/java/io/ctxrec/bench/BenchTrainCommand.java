package io.ctxrec.bench;

import io.ctxrec.adapters.dl4j.Dl4jFamily;
import io.ctxrec.adapters.dl4j.ModelConfig;
import io.ctxrec.adapters.dl4j.NativeThreads;
import io.ctxrec.adapters.dl4j.TrainingSamples;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.training.data.GeneratorSettings;
import io.ctxrec.training.dataset.EpochSampler;
import io.ctxrec.training.pipeline.ModelDefaults;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench train}: DL4J training speed and quality per model and batch size on the large generated
 * shop, side by side with the plain-Java reference of the same model, then the time of a full retrain of
 * all four models on data of MovieLens-100K's size.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Training speed: per model and batch size, samples/s of DL4J and of a plain-Java reference "
                + "of the same model (one thread), their ratio, seconds per epoch, peak heap and sampled HR@10, "
                + "on a generated shop (in memory); then the wall time of training all four models at their "
                + "defaults on MovieLens-100K-sized synthetic data.",
            "Prints a table and writes train.csv and train.json under --out."})
public final class BenchTrainCommand implements Callable<Integer> {
    static final List<String> COLUMNS = List.of("data", "model", "batch", "default", "epochs", "samples_per_epoch",
            "dl4j_samples_s", "ref_samples_s", "ratio", "dl4j_s_epoch", "ref_s_epoch", "dl4j_peak_heap_mb",
            "ref_peak_heap_mb", "dl4j_hr10", "ref_hr10", "dl4j_wall_s", "dl4j_cpu_samples_s");

    @Option(names = "--shop", paramLabel = "large|small", defaultValue = "large",
            description = "Generated shop to train on: large (2M interactions) or small (the demo shop).")
    String shop;

    @Option(names = "--models", paramLabel = "LIST", defaultValue = "ENCM,LNCM,NeuMF,BMF",
            description = "Comma-separated subset of ENCM,LNCM,NeuMF,BMF.")
    String models;

    @Option(names = "--batches", paramLabel = "LIST", defaultValue = "256,1024,4096",
            description = "Batch sizes to measure; each model's default batch size is always added.")
    String batches;

    @Option(names = "--epochs", defaultValue = "2", description = "Epochs per run on the shop (1-50).")
    int epochs;

    @Option(names = "--eval-cases", defaultValue = "3000",
            description = "Held-out cases (a seeded sample) for HR@10 against 99 sampled negatives.")
    int evalCases;

    @Option(names = "--skip-shop", description = "Only the MovieLens-100K-sized retrain.")
    boolean skipShop;

    @Option(names = "--skip-retrain", description = "Only the shop runs.")
    boolean skipRetrain;

    @Option(names = "--retrain-reference", description = "Train the references on the retrain data too.")
    boolean retrainReference;

    @Option(names = "--skip-reference", description = "Leave out the plain-Java references on the shop.")
    boolean skipReference;

    @Option(names = "--retrain-batches", paramLabel = "LIST", defaultValue = "",
            description = "Batch sizes for all models of further MovieLens-100K-sized retrains; the retrain at each "
                    + "model's default batch size always runs first.")
    String retrainBatches;

    @Option(names = "--skip-first-run", description = "Leave out the first-run figure: all models trained twice in "
            + "a row on MovieLens-100K-sized data before anything else, the first run against the second.")
    boolean skipFirstRun;

    @Option(names = "--first-run-epochs", defaultValue = "3", description = "Epochs per model in each of the two "
            + "first-run trainings (1-50).")
    int firstRunEpochs;

    @Option(names = "--out", defaultValue = "target/bench", description = "Output folder.")
    Path out;

    @Override
    public Integer call() {
        List<ModelName> names;
        int[] sizes;
        int[] retrainSizes;
        try {
            names = Arrays.stream(models.split(",")).map(String::trim).map(Dl4jFamily::parse).distinct().toList();
            sizes = batchSizes(batches);
            retrainSizes = batchSizes(retrainBatches);
            if (epochs < 1 || epochs > ModelDefaults.MAX_EPOCHS || evalCases < 1 || firstRunEpochs < 1
                    || firstRunEpochs > ModelDefaults.MAX_EPOCHS) {
                throw new IllegalArgumentException("--epochs and --first-run-epochs must be in [1, "
                        + ModelDefaults.MAX_EPOCHS + "] and --eval-cases at least 1");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("ctxrec-bench: " + e.getMessage());
            return 2;
        }
        NativeThreads.skipPhysicalMemoryCheck();
        NativeThreads.useOne();
        BenchTable table = new BenchTable("train", COLUMNS);
        table.note("load_average_start", Machine.loadAverage());
        table.note("cores", Runtime.getRuntime().availableProcessors());
        table.note("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        table.note("OMP_NUM_THREADS", String.valueOf(System.getenv("OMP_NUM_THREADS")));
        TrainingMeasure measure = new TrainingMeasure();
        if (!skipFirstRun) {
            benchFirstRun(table, names);
        }
        if (!skipShop) {
            benchShop(table, measure, names, sizes);
        }
        if (!skipRetrain) {
            benchRetrain(table, measure, names, 0);
            for (int batch : retrainSizes) {
                benchRetrain(table, measure, names, batch);
            }
        }
        table.note("load_average_end", Machine.loadAverage());
        table.note("columns", "samples/s count fitting only (no sampling); ratio = DL4J / reference; "
                + "s/epoch is fitting time; peak heap is the sum of the heap pools' peaks during the run (the data "
                + "included); HR@10 is against 99 sampled negatives after the last epoch; dl4j_wall_s is graph "
                + "building, negative sampling (retrain rows) and fitting; dl4j_cpu_samples_s is samples per CPU "
                + "second of the training thread over the whole run (graph building and, for retrain rows, "
                + "sampling included), which a busy machine lowers much less than the wall figure");
        table.publish(System.out, out);
        return 0;
    }

    private void benchShop(BenchTable table, TrainingMeasure measure, List<ModelName> names, int[] sizes) {
        GeneratorSettings settings = shop.equals("small") ? GeneratorSettings.small() : GeneratorSettings.large();
        long t0 = System.nanoTime();
        BenchData data = BenchDatasets.shop(settings, epochs, evalCases);
        String label = shop + " shop";
        table.note("shop", String.format(Locale.ROOT, "%s: %,d users, %,d products, %,d interactions -> %,d users, "
                        + "%,d items, contexts %s, %,d samples per epoch, %,d evaluation cases; prepared in %.0f s",
                shop, settings.users(), settings.products(), settings.interactions(), data.nUsers(), data.nItems(),
                Arrays.toString(data.contextSizes()), data.samplesPerEpoch(), data.cases().size(),
                (System.nanoTime() - t0) / 1e9));
        System.out.printf(Locale.ROOT, "%s: %,d samples per epoch, training...%n", label, data.samplesPerEpoch());
        IntFunction<TrainingSamples> epochsOf = e -> data.epochs().get(e - 1);
        for (ModelName model : names) {
            for (int batch : withDefault(sizes, model, data.samplesPerEpoch())) {
                ModelConfig config = config(model, epochs, batch, data, data.samplesPerEpoch());
                TrainFigures dl4j = measure.dl4j(model, config, data, epochsOf);
                TrainFigures ref = skipReference ? null : measure.reference(model, config, data, epochsOf);
                table.row(label, model.displayName(), batch, batch == defaultBatch(model, data.samplesPerEpoch()),
                        epochs,
                        data.samplesPerEpoch(), dl4j.samplesPerSecond(), ref == null ? null : ref.samplesPerSecond(),
                        ref == null ? null : dl4j.samplesPerSecond() / ref.samplesPerSecond(), dl4j.secondsPerEpoch(),
                        ref == null ? null : ref.secondsPerEpoch(), dl4j.peakHeapMb(),
                        ref == null ? null : ref.peakHeapMb(), dl4j.hr10(), ref == null ? null : ref.hr10(),
                        dl4j.wallSeconds(), dl4j.cpuSamplesPerSecond());
                progress(label, model, batch, dl4j, ref);
            }
        }
    }

    /** Epochs each model trains in the timed retrain: a fixed count, so the timing does not hang on early stopping. */
    static final int RETRAIN_EPOCHS = 10;

    /**
     * A retrain as the pipeline runs it: fresh negatives drawn inside the timed loop, defaults throughout.
     *
     * @param batch 0 for each model's default batch size
     */
    private void benchRetrain(BenchTable table, TrainingMeasure measure, List<ModelName> names, int batch) {
        SyntheticMovieLens ml = new SyntheticMovieLens(42L);
        EpochSampler sampler = ml.sampler(4, 42L);
        BenchData data = new BenchData("ml100k", SyntheticMovieLens.USERS, SyntheticMovieLens.ITEMS,
                new int[] {SyntheticMovieLens.DAYPARTS}, List.of(), ml.cases(), ml.userItems(), null);
        int epochsEach = RETRAIN_EPOCHS;
        int perEpoch = ml.trainingPositives() * 5;
        IntFunction<TrainingSamples> draw = e -> BenchData.samples(sampler.examples(e));
        double total = 0;
        for (ModelName model : names) {
            ModelConfig config = config(model, epochsEach, batch, data, perEpoch);
            TrainFigures dl4j = measure.dl4j(model, config, data, draw);
            TrainFigures ref = retrainReference ? measure.reference(model, config, data, draw) : null;
            total += dl4j.wallSeconds();
            table.row("ml100k", model.displayName(), config.batchSize(),
                    config.batchSize() == defaultBatch(model, perEpoch),
                    epochsEach,
                    perEpoch, dl4j.samplesPerSecond(),
                    ref == null ? null : ref.samplesPerSecond(),
                    ref == null ? null : dl4j.samplesPerSecond() / ref.samplesPerSecond(), dl4j.secondsPerEpoch(),
                    ref == null ? null : ref.secondsPerEpoch(), dl4j.peakHeapMb(),
                    ref == null ? null : ref.peakHeapMb(), dl4j.hr10(), ref == null ? null : ref.hr10(),
                    dl4j.wallSeconds(), dl4j.cpuSamplesPerSecond());
            progress("ml100k", model, config.batchSize(), dl4j, ref);
        }
        table.row("ml100k", "all " + names.size() + " (retrain)", batch == 0 ? "defaults" : batch, batch == 0,
                epochsEach, perEpoch, null, null, null,
                null, null, null, null, null, null, total, null);
        table.note("ml100k", String.format(Locale.ROOT, "synthetic: %d users, %d items, %,d positives (%,d training, "
                        + "1 held out per user), 4 sampled negatives per positive, one 5-valued context feature",
                SyntheticMovieLens.USERS, SyntheticMovieLens.ITEMS, SyntheticMovieLens.POSITIVES,
                ml.trainingPositives()));
    }

    /** The first training in this process against the second: run first, before anything else warms it up. */
    private void benchFirstRun(BenchTable table, List<ModelName> names) {
        SyntheticMovieLens ml = new SyntheticMovieLens(42L);
        int perEpoch = ml.trainingPositives() * 5;
        BenchData data = new BenchData("ml100k", SyntheticMovieLens.USERS, SyntheticMovieLens.ITEMS,
                new int[] {SyntheticMovieLens.DAYPARTS}, List.of(), ml.cases(), ml.userItems(), null);
        FirstRun.Pair pair = FirstRun.measure(names, ml, firstRunEpochs,
                (model, epochsEach) -> config(model, epochsEach, 0, data, perEpoch));
        String label = "all " + names.size() + " (";
        table.row("ml100k", label + "first run)", "defaults", true, firstRunEpochs, perEpoch, null, null, null, null,
                null, null, null, null, null, pair.first().wallSeconds(), null);
        table.row("ml100k", label + "second run)", "defaults", true, firstRunEpochs, perEpoch, null, null, null, null,
                null, null, null, null, null, pair.second().wallSeconds(), null);
        String figure = String.format(Locale.ROOT, "first run %.1f s wall, %.1f s CPU; second run %.1f s wall, "
                        + "%.1f s CPU; first / second %.2f (wall), %.2f (CPU); %d epochs per model, load average %s",
                pair.first().wallSeconds(), pair.first().cpuSeconds(), pair.second().wallSeconds(),
                pair.second().cpuSeconds(), pair.wallRatio(), pair.cpuRatio(), firstRunEpochs, Machine.loadAverage());
        table.note("first_run", figure);
        System.out.println("first run vs second run (all " + names.size() + " models, ml100k): " + figure);
    }

    private static void progress(String data, ModelName model, int batch, TrainFigures dl4j, TrainFigures ref) {
        System.out.printf(Locale.ROOT, "%s %s batch %d: DL4J %,.0f samples/s (%,.0f per CPU second), HR@10 %.4f%s%n",
                data, model.displayName(), batch, dl4j.samplesPerSecond(),
                dl4j.cpuSamplesPerSecond() == null ? Double.NaN : dl4j.cpuSamplesPerSecond(), dl4j.hr10(),
                ref == null ? ""
                        : String.format(Locale.ROOT, "; reference %,.0f samples/s, HR@10 %.4f", ref.samplesPerSecond(),
                        ref.hr10()));
    }

    /** The shipped defaults (config/model-defaults.properties as packaged), as `train` uses them. */
    private static final ModelDefaults DEFAULTS = ModelDefaults.packaged();

    /** @param batch 0 for the model's default, which also scales the learning rate for other sizes */
    private static ModelConfig config(ModelName model, int epochs, int batch, BenchData data, long samplesPerEpoch) {
        return DEFAULTS.config(model, 0, epochs, batch, 4, 42L, data.nUsers(), data.nItems(),
                data.contextSizes(), samplesPerEpoch);
    }

    private static int defaultBatch(ModelName model, long samplesPerEpoch) {
        return DEFAULTS.of(model).batchSizeFor(samplesPerEpoch);
    }

    /** {@code sizes} and the model's default batch size on data of {@code samplesPerEpoch}, ascending. */
    static int[] withDefault(int[] sizes, ModelName model, long samplesPerEpoch) {
        TreeSet<Integer> all = new TreeSet<>();
        Arrays.stream(sizes).forEach(all::add);
        all.add(defaultBatch(model, samplesPerEpoch));
        return all.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] batchSizes(String batches) {
        TreeSet<Integer> all = new TreeSet<>();
        for (String b : batches.split(",")) {
            if (b.isBlank()) {
                continue;
            }
            int size;
            try {
                size = Integer.parseInt(b.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("batch sizes are whole numbers, was '" + b.trim() + "'");
            }
            if (size < 1) {
                throw new IllegalArgumentException("batch sizes must be at least 1, was " + size);
            }
            all.add(size);
        }
        return all.stream().mapToInt(Integer::intValue).toArray();
    }
}
