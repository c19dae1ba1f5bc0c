package io.ctxrec.training.pipeline;

import io.ctxrec.domain.evaluation.EvaluationReport;
import io.ctxrec.domain.scoring.ModelName;
import java.util.Arrays;
import java.util.Objects;

/**
 * One model's offline evaluation and training time in a training run, a row of its comparison and
 * {@code training_results.csv}: a trained model or the ItemPop baseline ({@code epochs} 0, no timing,
 * no loss curve). {@code sampled} ranks against sampled negatives, {@code full} against all items.
 */
public record ModelResult(String model, EvaluationReport sampled, EvaluationReport full, int epochs,
                          double seconds, double samplesPerSecond, int batchSize, double[] lossCurve) {
    public static final String ITEM_POP = "ItemPop";

    public ModelResult {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(sampled, "sampled");
        Objects.requireNonNull(full, "full");
        lossCurve = lossCurve == null ? new double[0] : lossCurve.clone();
    }

    static ModelResult of(TrainedModel trained, ModelEvaluator.Reports reports) {
        return new ModelResult(trained.name().displayName(), reports.sampled(), reports.full(),
                trained.history().epochs().size(), trained.seconds(), trained.samplesPerSecond(),
                trained.config().batchSize(), trained.history().lossCurve());
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

    @Override
    public double[] lossCurve() {
        return lossCurve.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelResult r && model.equals(r.model) && sampled.equals(r.sampled) && full.equals(r.full)
                && epochs == r.epochs && Double.compare(seconds, r.seconds) == 0
                && Double.compare(samplesPerSecond, r.samplesPerSecond) == 0 && batchSize == r.batchSize
                && Arrays.equals(lossCurve, r.lossCurve);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hash(model, sampled, full, epochs, seconds, samplesPerSecond, batchSize)
                + Arrays.hashCode(lossCurve);
    }

    @Override
    public String toString() {
        return "ModelResult[" + model + ", sampled=" + sampled + ", full=" + full + ", epochs=" + epochs + "]";
    }
}
