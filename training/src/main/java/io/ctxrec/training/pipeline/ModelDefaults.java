package io.ctxrec.training.pipeline;

import io.ctxrec.adapters.config.CtxrecConfig;
import io.ctxrec.adapters.dl4j.Dl4jFamily;
import io.ctxrec.adapters.dl4j.ModelConfig;
import io.ctxrec.domain.scoring.ModelName;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Each DL4J model's ({@link Dl4jFamily}) default hyperparameters, read from {@code config/model-defaults.properties} (documented
 * key by key there; {@code bench quality --tune} rewrites it from a search on a validation split). The
 * copy packaged in the jar is used when no such file is at the configured path. A request's negatives
 * apply to every model in {@code train}, and its epochs, when not 0, cap every model's; {@code bench
 * quality} uses each model's own.
 */
public final class ModelDefaults {
    public static final int MAX_EPOCHS = 50;
    /** The patience of a model whose defaults name none. */
    public static final int DEFAULT_PATIENCE = 3;
    /** The batch size of a model whose defaults name none (all models trained at it before each had its own). */
    public static final int DEFAULT_BATCH_SIZE = 1024;
    public static final String FILE_NAME = "model-defaults.properties";
    /** The configuration key that, when set, draws every model's negatives with one alpha. */
    public static final String NEGATIVE_ALPHA_KEY = "ctxrec.training.negative-alpha";
    static final String PACKAGED = "ctxrec-config/" + FILE_NAME;
    static final List<String> KEYS = List.of("embedding-dim", "hidden-dims", "learning-rate", "l2", "negatives",
            "max-epochs", "patience", "batch-size", "batch-learning-rate", "negative-alpha");

    private final Map<ModelName, ModelHyperparameters> byModel;
    private final String source;

    public ModelDefaults(Map<ModelName, ModelHyperparameters> byModel, String source) {
        this.byModel = new LinkedHashMap<>(byModel);
        for (ModelName m : Dl4jFamily.names()) {
            if (!this.byModel.containsKey(m)) {
                throw new IllegalArgumentException(source + ": no hyperparameters for " + m.displayName());
            }
        }
        this.source = source;
    }

    /** The copy packaged with the code. */
    public static ModelDefaults packaged() {
        try (InputStream in = ModelDefaults.class.getClassLoader().getResourceAsStream(PACKAGED)) {
            if (in == null) {
                throw new IllegalStateException("packaged model defaults " + PACKAGED + " are missing from the classpath");
            }
            Properties p = new Properties();
            p.load(in);
            return of(p, "packaged " + FILE_NAME);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file at {@code file} when there is one, else the packaged copy. */
    public static ModelDefaults load(Path file) {
        if (file == null || !Files.exists(file)) {
            return packaged();
        }
        try (Reader r = Files.newBufferedReader(file)) {
            Properties p = new Properties();
            p.load(r);
            return of(p, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read model defaults " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * As {@link #load(Path)}, every model's negative-alpha replaced by {@value #NEGATIVE_ALPHA_KEY} when the
     * configuration sets it.
     */
    public static ModelDefaults load(Path file, CtxrecConfig config) {
        ModelDefaults defaults = load(file);
        String alpha = config.get(NEGATIVE_ALPHA_KEY);
        if (alpha.isBlank()) {
            return defaults;
        }
        try {
            return defaults.withNegativeAlpha(config.getDouble(NEGATIVE_ALPHA_KEY));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(NEGATIVE_ALPHA_KEY + ": " + e.getMessage(), e);
        }
    }

    static ModelDefaults of(Properties p, String source) {
        Map<ModelName, ModelHyperparameters> byModel = new LinkedHashMap<>();
        for (ModelName m : Dl4jFamily.names()) {
            String prefix = prefix(m);
            try {
                byModel.put(m, new ModelHyperparameters(Integer.parseInt(value(p, prefix + "embedding-dim", source)),
                        dims(value(p, prefix + "hidden-dims", source)),
                        Double.parseDouble(value(p, prefix + "learning-rate", source)),
                        Double.parseDouble(value(p, prefix + "l2", source)),
                        Integer.parseInt(value(p, prefix + "negatives", source)),
                        maxEpochs(p, prefix, source),
                        batchSize(p, prefix + "batch-size"),
                        optionalRate(p, prefix + "batch-learning-rate", prefix + "learning-rate", source),
                        patience(p, prefix + "patience"),
                        negativeAlpha(p, prefix + "negative-alpha")));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + ": " + m.displayName() + " has a value that is not a number ("
                        + e.getMessage() + ")");
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ": " + m.displayName() + ": " + e.getMessage());
            }
        }
        return new ModelDefaults(byModel, source);
    }

    /** {@code bmf.}, {@code neumf.}: the key prefix of a model. */
    static String prefix(ModelName model) {
        return model.key() + ".";
    }

    private static String value(Properties p, String key, String source) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(source + " has no value for " + key);
        }
        return v.trim();
    }

    // Files written before early stopping name a fixed epoch count, which becomes the cap.
    private static int maxEpochs(Properties p, String prefix, String source) {
        String v = p.getProperty(prefix + "max-epochs");
        return Integer.parseInt(v == null || v.isBlank() ? value(p, prefix + "epochs", source) : v.trim());
    }

    private static int patience(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? DEFAULT_PATIENCE : Integer.parseInt(v.trim());
    }

    // Files written before popularity-aware negatives sample uniformly.
    private static double negativeAlpha(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? 0 : Double.parseDouble(v.trim());
    }

    // Files written before models had their own batch size train at the one size all models had then.
    private static int batchSize(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? DEFAULT_BATCH_SIZE : Integer.parseInt(v.trim());
    }

    // Without its own key a model's rate at its batch size is its learning-rate.
    private static double optionalRate(Properties p, String key, String fallback, String source) {
        String v = p.getProperty(key);
        return Double.parseDouble(v == null || v.isBlank() ? value(p, fallback, source) : v.trim());
    }

    private static List<Integer> dims(String value) {
        return value.equals("-") ? List.of()
                : Arrays.stream(value.split(",")).map(String::trim).map(Integer::parseInt).toList();
    }

    public ModelHyperparameters of(ModelName model) {
        return byModel.get(model);
    }

    /** This with {@code model}'s hyperparameters replaced. */
    public ModelDefaults with(ModelName model, ModelHyperparameters value) {
        Map<ModelName, ModelHyperparameters> copy = new LinkedHashMap<>(byModel);
        copy.put(model, value);
        return new ModelDefaults(copy, source);
    }

    /**
     * This with every model's negatives drawn by popularity to the power {@code alpha}
     * ({@code ctxrec.training.negative-alpha}, {@code bench quality --compare-negative-alpha}).
     */
    public ModelDefaults withNegativeAlpha(double alpha) {
        ModelDefaults result = this;
        for (ModelName m : byModel.keySet()) {
            result = result.with(m, of(m).withNegativeAlpha(alpha));
        }
        return result;
    }

    /** Where these were read from: a path, or the packaged copy. */
    public String source() {
        return source;
    }

    /**
     * The model's config for a training request on a dataset of the given dimensions: learning rate,
     * L2 and hidden layers from these defaults, the request's negatives; the learning rate for the
     * batch size ({@link ModelHyperparameters#learningRateAt(int)}).
     *
     * @param epochs          the most epochs to train; 0 for the model's max-epochs
     * @param embeddingDim    0 for the model's default
     * @param batchSize       0 for the model's default ({@link ModelHyperparameters#batchSizeFor(long)})
     * @param samplesPerEpoch training samples per epoch, which may lower the model's default batch size
     */
    public ModelConfig config(ModelName model, int embeddingDim, int epochs, int batchSize, int negatives,
                              long seed, int nUsers, int nItems, int[] contextSizes, long samplesPerEpoch) {
        ModelHyperparameters h = of(model);
        int batch = batchSize > 0 ? batchSize : h.batchSizeFor(samplesPerEpoch);
        return new ModelConfig(embeddingDim > 0 ? embeddingDim : h.embeddingDim(), h.hiddenDims(),
                h.learningRateAt(batch), h.l2(), epochs > 0 ? epochs : h.maxEpochs(), batch, negatives, seed, nUsers,
                nItems, contextSizes, h.negativeAlpha());
    }

    /**
     * The model's config with every hyperparameter from {@code h}, max-epochs (as the config's epochs) and
     * negatives included.
     *
     * @param batchSize 0 for {@code h}'s own ({@link ModelHyperparameters#batchSizeFor(long)})
     */
    public static ModelConfig config(ModelHyperparameters h, int batchSize, long seed, int nUsers, int nItems,
                                     int[] contextSizes, long samplesPerEpoch) {
        int batch = batchSize > 0 ? batchSize : h.batchSizeFor(samplesPerEpoch);
        return new ModelConfig(h.embeddingDim(), h.hiddenDims(), h.learningRateAt(batch), h.l2(), h.maxEpochs(), batch,
                h.negatives(), seed, nUsers, nItems, contextSizes, h.negativeAlpha());
    }

    /** The properties text of these defaults, every key documented, {@code header} lines first. */
    public String toProperties(List<String> header) {
        StringBuilder b = new StringBuilder();
        header.forEach(h -> b.append("# ").append(h).append('\n'));
        b.append(KEY_DOC);
        for (ModelName m : Dl4jFamily.names()) {
            ModelHyperparameters h = of(m);
            String p = prefix(m);
            b.append('\n').append("# ").append(m.displayName()).append('\n')
                    .append(p).append("embedding-dim=").append(h.embeddingDim()).append('\n')
                    .append(p).append("hidden-dims=").append(h.hiddenDims().isEmpty() ? "-"
                            : String.join(",", h.hiddenDims().stream().map(String::valueOf).toList())).append('\n')
                    .append(p).append("learning-rate=").append(h.learningRate()).append('\n')
                    .append(p).append("l2=").append(h.l2()).append('\n')
                    .append(p).append("negatives=").append(h.negatives()).append('\n')
                    .append(p).append("max-epochs=").append(h.maxEpochs()).append('\n')
                    .append(p).append("patience=").append(h.patience()).append('\n')
                    .append(p).append("batch-size=").append(h.batchSize()).append('\n')
                    .append(p).append("batch-learning-rate=").append(h.batchLearningRate()).append('\n')
                    .append(p).append("negative-alpha=").append(h.negativeAlpha()).append('\n');
        }
        return b.toString();
    }

    static final String KEY_DOC = """
            # Keys, per model (prefix encm., lncm., neumf., bmf.):
            #   embedding-dim  width of the user, item and context embeddings (used when
            #                  ctxrec.training.embedding-dim is 0)
            #   hidden-dims    widths of the MLP layers, comma-separated; - for none (BMF has none)
            #   learning-rate  Adam's step size at any batch size but batch-size (tuned at 1024)
            #   l2             L2 weight decay on every layer
            #   negatives      items sampled per training positive every epoch (bench quality; train
            #                  uses ctxrec.training.negatives for every model)
            #   max-epochs     the most passes over the training data, 1 to 50 (used when
            #                  ctxrec.training.epochs or bench quality --epochs is 0 or absent):
            #                  training stops earlier once validation NDCG@10 has not risen
            #                  for patience epochs (files that say epochs= mean max-epochs)
            #   patience       epochs without a gain in validation NDCG@10 before training stops
            #                  (the best epoch is the one kept; 3 when absent)
            #   batch-size     samples per mini-batch, 64 to 16384 (used when ctxrec.training.batch-size
            #                  is 0): the largest that trains as well as batches of 256, as large
            #                  batches are faster per sample; halved (not below 1024) while an epoch
            #                  would take fewer than 100 steps
            #   batch-learning-rate  Adam's step size at batch-size (learning-rate when absent)
            #   negative-alpha how the sampled negatives are drawn from the items the user did not
            #                  touch: with probability proportional to (training positives + 1)^alpha,
            #                  0 to 1; 0 is uniform (also when absent), 0.75 word2vec's choice
            #                  (ctxrec.training.negative-alpha, when set, overrides it for every model)
            """;
}
