package io.ctxrec.training.pipeline;

import io.ctxrec.adapters.dl4j.ModelConfig;
import io.ctxrec.adapters.dl4j.PrecomputedScorers;
import io.ctxrec.domain.evaluation.CandidateSource;
import io.ctxrec.domain.evaluation.EvaluationSettings;
import io.ctxrec.domain.evaluation.NegativeSampler;
import io.ctxrec.domain.evaluation.Scorer;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.training.dataset.PreparedDataset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Trains models on a prepared dataset, each with its own hyperparameters (max-epochs, patience and
 * negatives included), stopping early on the data's validation split, and evaluates them and the ItemPop
 * baseline (each model with its popularity blend, as it would serve), without saving or activating anything: the quality benchmark and the hyperparameter search. The held-out positives are ranked against
 * {@code candidates} (sampled negatives unless a fixed list is given) and against all unseen items.
 */
public final class QualityRun {
    private final EvaluationSettings evaluation;
    private final ModelEvaluator evaluator;
    private final int batchSize;
    private final TrainingProgress progress;
    private final EarlyStoppingTrainer stopping;

    /**
     * @param refit after early stopping, train again on all the training data ({@link EarlyStoppingTrainer})
     * @param popularityBlend blend each model with item popularity by a weight chosen on the validation split
     */
    public QualityRun(ModelTrainer trainer, EvaluationSettings evaluation, CandidateSource candidates, int batchSize,
                      TrainingProgress progress, boolean refit, boolean popularityBlend) {
        this.stopping = new EarlyStoppingTrainer(Objects.requireNonNull(trainer, "trainer"), evaluation, refit,
                popularityBlend);
        this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
        this.evaluator = new ModelEvaluator(evaluation, candidates, progress);
        this.batchSize = batchSize;
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * Ranking against {@code evaluation.negatives()} sampled unseen items, refitting after early stopping,
     * blended with popularity.
     */
    public QualityRun(ModelTrainer trainer, EvaluationSettings evaluation, int batchSize, TrainingProgress progress) {
        this(trainer, evaluation, new NegativeSampler(evaluation.negatives(), evaluation.seed()), batchSize, progress,
                EarlyStoppingTrainer.REFIT, true);
    }

    public EvaluationSettings evaluation() {
        return evaluation;
    }

    /** One row per model in order, then ItemPop. */
    public List<ModelResult> run(PreparedDataset data, List<ModelName> models, ModelDefaults defaults) {
        List<ModelResult> results = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            progress.modelStarted(models.get(i), i);
            results.add(train(data, models.get(i), defaults.of(models.get(i))));
        }
        results.add(itemPop(data));
        return results;
    }

    /** One model trained with {@code h} (stopping early on the data's validation split) and evaluated. */
    public ModelResult train(PreparedDataset data, ModelName model, ModelHyperparameters h) {
        return trainRanked(data, model, h, false).result();
    }

    /**
     * As {@link #train}, with each test case's rank against the candidates too, in test case order, to
     * compare two runs case by case ({@link io.ctxrec.domain.evaluation.PairedDifference}).
     */
    public Ranked trainRanked(PreparedDataset data, ModelName model, ModelHyperparameters h) {
        return trainRanked(data, model, h, true);
    }

    private Ranked trainRanked(PreparedDataset data, ModelName model, ModelHyperparameters h, boolean ranks) {
        int[] contextSizes = data.encoders().contexts().stream().mapToInt(c -> c.size()).toArray();
        ModelConfig config = ModelDefaults.config(h, batchSize, data.settings().seed(), data.nUsers(), data.nItems(),
                contextSizes, data.samplesPerEpoch(h.negatives()));
        TrainedModel trained = stopping.train(model, config, h.patience(), data,
                report -> progress.epochFinished(model, report));
        Scorer scorer = Scorer.of(TrainingRun.blended(trained,
                PrecomputedScorers.of(ItemFeatures.scoring(trained, "bench", data)), data));
        ModelResult result = ModelResult.of(trained, evaluator.evaluate(data, model.displayName(), scorer));
        return new Ranked(result, ranks ? evaluator.ranks(data, scorer) : new int[0]);
    }

    /** A model's results and each test case's rank (1 = top, 0 = not ranked). */
    public record Ranked(ModelResult result, int[] ranks) {
    }

    public ModelResult itemPop(PreparedDataset data) {
        return ModelResult.baseline(evaluator.evaluate(data, ModelResult.ITEM_POP, data.popularity()));
    }
}
