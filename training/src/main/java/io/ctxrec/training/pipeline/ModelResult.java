package io.ctxrec.training.pipeline;

import io.ctxrec.domain.evaluation.EvaluationReport;
import io.ctxrec.domain.port.OfflineResult;
import io.ctxrec.domain.scoring.PopularityBlend;
import io.ctxrec.domain.scoring.ModelName;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One model's offline evaluation and training time in a training run, a row of its comparison and
 * {@code training_results.csv}: a trained model or the ItemPop baseline ({@code epochs} 0, no timing,
 * no loss curve). {@code sampled} ranks against sampled negatives, {@code full} against all items;
 * {@code epochs} is how many the served model trained, {@code bestEpoch} the one early stopping chose
 * (0 without early stopping) and {@code validationCurve} its validation NDCG@K per epoch;
 * {@code popularityBlend} the beta of its {@link io.ctxrec.domain.scoring.PopularityBlend} (0: the model alone;
 * empty for a model that is not blended, such as the baseline). The evaluation is of the blended scores.
 */
public record ModelResult(String model, EvaluationReport sampled, EvaluationReport full, int epochs,
                          double seconds, double samplesPerSecond, int batchSize, double[] lossCurve,
                          int bestEpoch, double[] validationCurve, OptionalDouble popularityBlend) {
    /** The {@code training_results.csv} column of the blend's beta. */
    public static final String POPULARITY_BLEND = "popularity_blend";
    public static final String ITEM_POP = OfflineResult.BASELINE;

    public ModelResult {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(sampled, "sampled");
        Objects.requireNonNull(full, "full");
        lossCurve = lossCurve == null ? new double[0] : lossCurve.clone();
        validationCurve = validationCurve == null ? new double[0] : validationCurve.clone();
        Objects.requireNonNull(popularityBlend, "popularityBlend");
    }

    /** Without early stopping. */
    public ModelResult(String model, EvaluationReport sampled, EvaluationReport full, int epochs, double seconds,
                       double samplesPerSecond, int batchSize, double[] lossCurve) {
        this(model, sampled, full, epochs, seconds, samplesPerSecond, batchSize, lossCurve, 0, new double[0],
                OptionalDouble.empty());
    }

    /** A blended model's RMSE and MAE are left out: its scores are no probabilities ({@link PopularityBlend}). */
    static ModelResult of(TrainedModel trained, ModelEvaluator.Reports reports) {
        boolean blended = trained.validation().popularityBlend() > 0;
        return new ModelResult(trained.name().displayName(),
                blended ? reports.sampled().withoutErrors() : reports.sampled(),
                blended ? reports.full().withoutErrors() : reports.full(),
                trained.history().epochs().size(), trained.seconds(), trained.samplesPerSecond(),
                trained.config().batchSize(), trained.history().lossCurve(), trained.validation().bestEpoch(),
                trained.validation().ndcg(), OptionalDouble.of(trained.validation().popularityBlend()));
    }

    /** A model trained by its family's own step ({@link TrainableFamily}): no epochs, no loss curve. */
    static ModelResult untimedEpochs(ModelName model, ModelEvaluator.Reports reports, double seconds) {
        return new ModelResult(model.displayName(), reports.sampled(), reports.full(), 0, seconds, 0, 0, new double[0]);
    }

    static ModelResult baseline(ModelEvaluator.Reports reports) {
        return new ModelResult(ITEM_POP, reports.sampled(), reports.full(), 0, 0, 0, 0, new double[0]);
    }

    /** False for the ItemPop baseline. */
    public boolean trained() {
        return !ITEM_POP.equals(model);
    }

    /** 0 for the baseline. */
    public double secondsPerEpoch() {
        return epochs > 0 ? seconds / epochs : 0;
    }

    /** As the version records it: each figure under its {@code training_results.csv} column. */
    public OfflineResult offline() {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("k", (double) sampled.k());
        metrics.put("cases", (double) sampled.users());
        put(metrics, "hit_rate", sampled.hitRate());
        put(metrics, OfflineResult.PRECISION, sampled.precision());
        put(metrics, OfflineResult.MAP, sampled.map());
        put(metrics, "ndcg", sampled.ndcg());
        put(metrics, "mrr", sampled.mrr());
        put(metrics, "auc", sampled.auc());
        put(metrics, "rmse", sampled.rmse());
        put(metrics, "mae", sampled.mae());
        put(metrics, "full_hit_rate", full.hitRate());
        put(metrics, "full_ndcg", full.ndcg());
        if (trained()) {
            metrics.put("epochs", (double) epochs);
            metrics.put("seconds", seconds);
            metrics.put("seconds_per_epoch", secondsPerEpoch());
            metrics.put("samples_per_second", samplesPerSecond);
            metrics.put("batch_size", (double) batchSize);
        }
        metrics.put("full_cases", (double) full.users());
        put(metrics, "hit_rate_se", sampled.hitRateSe());
        put(metrics, "ndcg_se", sampled.ndcgSe());
        put(metrics, "full_hit_rate_se", full.hitRateSe());
        put(metrics, "full_ndcg_se", full.ndcgSe());
        put(metrics, POPULARITY_BLEND, popularityBlend);
        return new OfflineResult(model, metrics, Arrays.stream(lossCurve).boxed().toList(), bestEpoch,
                Arrays.stream(validationCurve).boxed().toList());
    }

    private static void put(Map<String, Double> metrics, String name, OptionalDouble value) {
        value.ifPresent(v -> metrics.put(name, v));
    }

    @Override
    public double[] lossCurve() {
        return lossCurve.clone();
    }

    @Override
    public double[] validationCurve() {
        return validationCurve.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelResult r && model.equals(r.model) && sampled.equals(r.sampled) && full.equals(r.full)
                && epochs == r.epochs && Double.compare(seconds, r.seconds) == 0
                && Double.compare(samplesPerSecond, r.samplesPerSecond) == 0 && batchSize == r.batchSize
                && Arrays.equals(lossCurve, r.lossCurve) && bestEpoch == r.bestEpoch
                && Arrays.equals(validationCurve, r.validationCurve) && popularityBlend.equals(r.popularityBlend);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Objects.hash(model, sampled, full, epochs, seconds, samplesPerSecond, batchSize, bestEpoch,
                popularityBlend)
                + Arrays.hashCode(lossCurve)) + Arrays.hashCode(validationCurve);
    }

    @Override
    public String toString() {
        return "ModelResult[" + model + ", sampled=" + sampled + ", full=" + full + ", epochs=" + epochs + ", bestEpoch="
                + bestEpoch + ", popularityBlend=" + popularityBlend + "]";
    }
}
