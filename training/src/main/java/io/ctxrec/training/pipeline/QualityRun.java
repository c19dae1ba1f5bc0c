package io.ctxrec.training.pipeline;

import io.ctxrec.adapters.dl4j.ModelConfig;
import io.ctxrec.adapters.dl4j.PrecomputedScorers;
import io.ctxrec.adapters.family.BuiltInFamilies;
import io.ctxrec.domain.evaluation.CandidateSource;
import io.ctxrec.domain.evaluation.EvaluationSettings;
import io.ctxrec.domain.evaluation.NegativeSampler;
import io.ctxrec.domain.evaluation.Scorer;
import io.ctxrec.domain.family.CombiningFamily;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.domain.scoring.ScoringModel;
import io.ctxrec.training.dataset.PreparedDataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
     * @param after what early stopping serves once it has chosen an epoch ({@link EarlyStoppingTrainer})
     * @param popularityBlend blend each model with item popularity by a weight chosen on the validation split
     */
    public QualityRun(ModelTrainer trainer, EvaluationSettings evaluation, CandidateSource candidates, int batchSize,
                      TrainingProgress progress, AfterStopping after, boolean popularityBlend) {
        this.stopping = new EarlyStoppingTrainer(Objects.requireNonNull(trainer, "trainer"), evaluation,
                Objects.requireNonNull(after, "after"), popularityBlend);
        this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
        this.evaluator = new ModelEvaluator(evaluation, candidates, progress);
        this.batchSize = batchSize;
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * Ranking against {@code evaluation.negatives()} sampled unseen items, after early stopping as {@code train}
     * does ({@link AfterStopping#AUTO}), blended with popularity.
     */
    public QualityRun(ModelTrainer trainer, EvaluationSettings evaluation, int batchSize, TrainingProgress progress) {
        this(trainer, evaluation, new NegativeSampler(evaluation.negatives(), evaluation.seed()), batchSize, progress,
                AfterStopping.AUTO, true);
    }

    public EvaluationSettings evaluation() {
        return evaluation;
    }

    /**
     * One row per model in order; then, with more than one model, the built-in ensemble of them
     * ({@link CombinedFit}); then ItemPop.
     */
    public List<ModelResult> run(PreparedDataset data, List<ModelName> models, ModelDefaults defaults) {
        return run(data, models, defaults, false).results();
    }

    /**
     * As {@link #run}, with each trained model's ranks of the test cases, to compare other runs with it case
     * by case without training it again.
     */
    public Ranking runRanked(PreparedDataset data, List<ModelName> models, ModelDefaults defaults) {
        return run(data, models, defaults, true);
    }

    private Ranking run(PreparedDataset data, List<ModelName> models, ModelDefaults defaults, boolean ranks) {
        List<ModelResult> results = new ArrayList<>();
        Map<ModelName, Ranked> ranked = new LinkedHashMap<>();
        Map<ModelName, CombinedFit.Member> members = new LinkedHashMap<>();
        for (int i = 0; i < models.size(); i++) {
            progress.modelStarted(models.get(i), i);
            Ranked r = trainRanked(data, models.get(i), defaults.of(models.get(i)), ranks, members);
            ranked.put(models.get(i), r);
            results.add(r.result());
        }
        if (models.size() > 1) {
            results.add(ensemble(data, members));
        }
        results.add(itemPop(data));
        return new Ranking(results, ranks ? ranked : Map.of());
    }

    /** One model trained with {@code h} (stopping early on the data's validation split) and evaluated. */
    public ModelResult train(PreparedDataset data, ModelName model, ModelHyperparameters h) {
        return trainRanked(data, model, h, false, new LinkedHashMap<>()).result();
    }

    /**
     * As {@link #train}, with each test case's rank against the candidates too, in test case order, to
     * compare two runs case by case ({@link io.ctxrec.domain.evaluation.PairedDifference}).
     */
    public Ranked trainRanked(PreparedDataset data, ModelName model, ModelHyperparameters h) {
        return trainRanked(data, model, h, true, new LinkedHashMap<>());
    }

    private Ranked trainRanked(PreparedDataset data, ModelName model, ModelHyperparameters h, boolean ranks,
                               Map<ModelName, CombinedFit.Member> members) {
        int[] contextSizes = data.encoders().contexts().stream().mapToInt(c -> c.size()).toArray();
        ModelConfig config = ModelDefaults.config(h, batchSize, data.settings().seed(), data.nUsers(), data.nItems(),
                contextSizes, data.samplesPerEpoch(h.negatives()));
        TrainedModel trained = stopping.train(model, config, h.patience(), data,
                report -> progress.epochFinished(model, report));
        ScoringModel served = TrainingRun.blended(trained, PrecomputedScorers.of(ItemFeatures.scoring(trained, "bench",
                data)), data);
        members.put(model, new CombinedFit.Member(served, trained.validation().scores()));
        Scorer scorer = Scorer.of(served);
        ModelResult result = ModelResult.of(trained, evaluator.evaluate(data, model.displayName(), scorer));
        return new Ranked(result, ranks ? evaluator.ranks(data, scorer) : new int[0]);
    }

    /** A model's results and each test case's rank (1 = top, 0 = not ranked). */
    public record Ranked(ModelResult result, int[] ranks) {
    }

    /** Every row of {@link #run} and, by model, the trained models' results with their ranks. */
    public record Ranking(List<ModelResult> results, Map<ModelName, Ranked> ranked) {
        public Ranking {
            results = List.copyOf(results);
            ranked = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ranked));
        }
    }

    // The bench saves nothing: the ensemble's weights go to a scratch folder, deleted after.
    private ModelResult ensemble(PreparedDataset data, Map<ModelName, CombinedFit.Member> members) {
        CombiningFamily family = BuiltInFamilies.all().all().stream().filter(CombiningFamily.class::isInstance)
                .map(CombiningFamily.class::cast).findFirst().orElseThrow();
        Path scratch;
        try {
            scratch = Files.createTempDirectory("ctxrec-bench-ensemble-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch folder for the ensemble", e);
        }
        try {
            return CombinedFit.fit(family, "bench", data, evaluation, members, scratch, evaluator);
        } finally {
            TrainingRun.deleteQuietly(scratch);
        }
    }

    public ModelResult itemPop(PreparedDataset data) {
        return ModelResult.baseline(evaluator.evaluate(data, ModelResult.ITEM_POP, data.popularity()));
    }
}
