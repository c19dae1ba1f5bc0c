package io.ctxrec.training.pipeline;

import io.ctxrec.domain.evaluation.EvaluationReport;
import java.util.Arrays;
import java.util.Objects;

/**
 * One model's offline evaluation and training time in a training run, a row of its comparison and
 * {@code training_results.csv}: a trained model or the ItemPop baseline ({@code epochs} 0, no timing,
 * no loss curve). {@code sampled} ranks against sampled negatives, {@code full} against all items;
 * {@code epochs} is how many the served model trained, {@code bestEpoch} the one early stopping chose
 * (0 without early stopping) and {@code validationCurve} its validation NDCG@K per epoch.
 */
public record ModelResult(String model, EvaluationReport sampled, EvaluationReport full, int epochs,
                          double seconds, double samplesPerSecond, int batchSize, double[] lossCurve,
                          int bestEpoch, double[] validationCurve) {
    public static final String ITEM_POP = "ItemPop";

    public ModelResult {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(sampled, "sampled");
        Objects.requireNonNull(full, "full");
        lossCurve = lossCurve == null ? new double[0] : lossCurve.clone();
        validationCurve = validationCurve == null ? new double[0] : validationCurve.clone();
    }

    /** Without early stopping. */
    public ModelResult(String model, EvaluationReport sampled, EvaluationReport full, int epochs, double seconds,
                       double samplesPerSecond, int batchSize, double[] lossCurve) {
        this(model, sampled, full, epochs, seconds, samplesPerSecond, batchSize, lossCurve, 0, new double[0]);
    }

    static ModelResult of(TrainedModel trained, ModelEvaluator.Reports reports) {
        return new ModelResult(trained.name().displayName(), reports.sampled(), reports.full(),
                trained.history().epochs().size(), trained.seconds(), trained.samplesPerSecond(),
                trained.config().batchSize(), trained.history().lossCurve(), trained.validation().bestEpoch(),
                trained.validation().ndcg());
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
                && Arrays.equals(validationCurve, r.validationCurve);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Objects.hash(model, sampled, full, epochs, seconds, samplesPerSecond, batchSize, bestEpoch)
                + Arrays.hashCode(lossCurve)) + Arrays.hashCode(validationCurve);
    }

    @Override
    public String toString() {
        return "ModelResult[" + model + ", sampled=" + sampled + ", full=" + full + ", epochs=" + epochs + ", bestEpoch="
                + bestEpoch + "]";
    }
}
