package io.ctxrec.training.pipeline;

import io.ctxrec.adapters.dl4j.Dl4jScoringModel;
import io.ctxrec.adapters.dl4j.ModelConfig;
import io.ctxrec.adapters.dl4j.PrecomputedScorers;
import io.ctxrec.domain.evaluation.EvaluationSettings;
import io.ctxrec.domain.evaluation.Scorer;
import io.ctxrec.domain.family.CombiningFamily;
import io.ctxrec.domain.family.ModelFamilies;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.domain.scoring.PopularityBlend;
import io.ctxrec.domain.scoring.ScoringModel;
import io.ctxrec.training.dataset.DatasetPreparation;
import io.ctxrec.training.dataset.PreparedDataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * The training of one version: prepare the data, then per model build, train (stopping early on the
 * validation split, {@link EarlyStoppingTrainer}), evaluate (with the precomputed scorers serving uses,
 * with the popularity blend chosen on the validation split ({@link PopularityBlendFit}), as it will serve)
 * and save it
 * into the version's temp folder (so only one trained graph is held at a time; a {@link TrainableFamily}
 * by its own training step), then a {@link CombiningFamily} (the ensemble) over the models trained before it
 * ({@link CombinedFit}), then the ItemPop baseline and the run's files. Stops with a {@link CancellationException} after any epoch once the
 * thread is interrupted.
 */
final class TrainingRun {
    private final ModelTrainer trainer;
    private final ModelFamilies families;
    private final TrainingProgress progress;

    TrainingRun(ModelTrainer trainer, ModelFamilies families, TrainingProgress progress) {
        this.trainer = trainer;
        this.families = families;
        this.progress = progress;
    }

    /** What the run produced, written to {@code folder}. */
    record Result(PreparedDataset data, List<ModelResult> results) {
    }

    PreparedDataset prepare(TrainingRequest request, ShopSources shop) {
        return new DatasetPreparation(request.dataset()).prepare(shop.history(), shop.catalog(), shop.ratings());
    }

    Result trainAll(String version, TrainingRequest request, PreparedDataset data, Path folder) {
        ModelEvaluator evaluator = new ModelEvaluator(request.evaluation(), progress);
        EarlyStoppingTrainer stopping = new EarlyStoppingTrainer(trainer, request.evaluation(),
                request.afterStopping(), request.popularityBlend());
        VersionArtifacts artifacts = new VersionArtifacts(folder, version);
        List<ModelResult> results = new ArrayList<>();
        Map<ModelName, CombinedFit.Member> members = new LinkedHashMap<>();
        List<ModelName> order = trainingOrder(request.trainedModels());
        for (int i = 0; i < order.size(); i++) {
            ModelName model = order.get(i);
            progress.modelStarted(model, i);
            if (families.get(model) instanceof CombiningFamily combining) {
                results.add(CombinedFit.fit(combining, version, data, request.evaluation(), members, folder,
                        evaluator));
                continue;
            }
            if (families.get(model) instanceof TrainableFamily own) {
                results.add(trainOwn(own, version, data, folder, evaluator, request.evaluation(), members));
                continue;
            }
            ModelConfig config = config(model, request, data);
            int patience = request.modelDefaults().of(model).patience();
            TrainedModel trained = stopping.train(model, config, patience, data, report -> {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("training interrupted in " + model.displayName() + " epoch "
                            + report.epoch());
                }
                progress.epochFinished(model, report);
            });
            Dl4jScoringModel scoring = ItemFeatures.scoring(trained, version, data);
            ScoringModel served = blended(trained, PrecomputedScorers.of(scoring), data);
            results.add(ModelResult.of(trained, evaluator.evaluate(data, model.displayName(), Scorer.of(served))));
            members.put(model, new CombinedFit.Member(served, trained.validation().scores()));
            artifacts.writeModel(trained, scoring, data);
        }
        results.add(ModelResult.baseline(evaluator.evaluate(data, ModelResult.ITEM_POP, data.popularity())));
        artifacts.writeRun(data, results);
        return new Result(data, results);
    }

    /** The serving scorer with the popularity blend chosen on the validation split, over the training counts. */
    static ScoringModel blended(TrainedModel trained, ScoringModel serving, PreparedDataset data) {
        return PopularityBlend.of(trained.validation().popularityBlend(), data.popularity().counts()).applyTo(serving);
    }

    /** The combining families (the ensemble) after every model they may combine, the others in the order asked. */
    private List<ModelName> trainingOrder(List<ModelName> models) {
        List<ModelName> order = new ArrayList<>();
        models.stream().filter(m -> !(families.get(m) instanceof CombiningFamily)).forEach(order::add);
        models.stream().filter(m -> families.get(m) instanceof CombiningFamily).forEach(order::add);
        return order;
    }

    private static ModelResult trainOwn(TrainableFamily family, String version, PreparedDataset data, Path folder,
                                        ModelEvaluator evaluator, EvaluationSettings settings,
                                        Map<ModelName, CombinedFit.Member> members) {
        long start = System.nanoTime();
        ScoringModel model = family.train(version, data, folder);
        double seconds = (System.nanoTime() - start) / 1e9;
        members.put(family.name(), new CombinedFit.Member(model, validationScores(family, version, data, settings)));
        return ModelResult.untimedEpochs(family.name(), evaluator.evaluate(data, family.name().displayName(),
                Scorer.of(model)), seconds);
    }

    /**
     * The family's scores of the validation cases by a model of it trained without them (in a scratch folder,
     * deleted after), as early stopping's watched models give theirs; none without validation cases.
     */
    private static float[][] validationScores(TrainableFamily family, String version, PreparedDataset data,
                                              EvaluationSettings settings) {
        if (!data.hasValidation()) {
            return new float[0][];
        }
        PreparedDataset fit = data.validationFit();
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("ctxrec-validation-");
            ScoringModel watched = family.train(version, fit, scratch);
            return ValidationRanking.of(fit, settings).scores(Scorer.of(watched), Runnable::run);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch folder for " + family.name(), e);
        } finally {
            if (scratch != null) {
                deleteQuietly(scratch);
            }
        }
    }

    static void deleteQuietly(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a scratch folder left in the temporary directory harms nothing
        }
    }

    private static ModelConfig config(ModelName model, TrainingRequest request, PreparedDataset data) {
        int[] contextSizes = data.encoders().contexts().stream().mapToInt(c -> c.size()).toArray();
        return request.modelDefaults().config(model, request.embeddingDim(), request.epochs(), request.batchSize(),
                request.dataset().negativesPerPositive(), request.dataset().seed(), data.nUsers(), data.nItems(),
                contextSizes, data.samplesPerEpoch(request.dataset().negativesPerPositive()));
    }
}
