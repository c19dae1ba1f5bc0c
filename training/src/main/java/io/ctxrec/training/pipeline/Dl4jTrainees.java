package io.ctxrec.training.pipeline;

import io.ctxrec.adapters.dl4j.EpochListener;
import io.ctxrec.adapters.dl4j.ModelArchitectures;
import io.ctxrec.adapters.dl4j.ModelConfig;
import io.ctxrec.adapters.dl4j.TrainingHistory;
import io.ctxrec.adapters.dl4j.TrainingLoop;
import io.ctxrec.domain.evaluation.EvaluationSettings;
import io.ctxrec.domain.evaluation.LeaveOneOutEvaluator;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.training.dataset.EpochSampler;
import io.ctxrec.training.dataset.PreparedDataset;
import io.ctxrec.training.pipeline.HyperparameterSearch.Trainee;
import io.ctxrec.training.pipeline.HyperparameterSearch.Validation;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;
import org.deeplearning4j.nn.graph.ComputationGraph;

/**
 * The search's trainees on DL4J: a setting trains on a dataset's training data without its validation cases
 * ({@link PreparedDataset#validationFit()}) and is scored after every epoch on those cases exactly as early
 * stopping scores it (the test set is never read); between rungs it keeps its weights and Adam's state and
 * goes on from the next epoch. Close to stop the validation threads.
 */
public final class Dl4jTrainees implements HyperparameterSearch.Trainees, AutoCloseable {
    private final List<PreparedDataset> datasets;
    private final List<PreparedDataset> fits;
    private final int batchSize;
    private final LeaveOneOutEvaluator evaluator;
    private final ExecutorService pool = EarlyStoppingTrainer.validationPool();

    /**
     * @param names     the datasets' names, for the error when one has no validation case
     * @param batchSize every model's mini-batch; 0 for each model's own
     */
    public Dl4jTrainees(List<PreparedDataset> datasets, List<String> names, EvaluationSettings evaluation,
                        int batchSize) {
        for (int d = 0; d < datasets.size(); d++) {
            if (!datasets.get(d).hasValidation()) {
                pool.shutdownNow();
                throw new IllegalArgumentException(names.get(d) + " has no validation case to tune on: no user has "
                        + "two positive items in the training data");
            }
        }
        this.datasets = List.copyOf(datasets);
        this.fits = datasets.stream().map(PreparedDataset::validationFit).toList();
        this.batchSize = batchSize;
        this.evaluator = LeaveOneOutEvaluator.sampled(evaluation);
    }

    @Override
    public Trainee start(ModelName model, ModelHyperparameters h, int dataset) {
        return new Run(model, h, datasets.get(dataset), fits.get(dataset));
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private final class Run implements Trainee {
        private final ModelConfig config;
        private final ComputationGraph graph;
        private final EpochSampler sampler;
        private final EarlyStopping stopping;
        private int epochs;
        private boolean stopped;

        // The config as a run with early stopping makes it (batch size from the whole training data).
        Run(ModelName model, ModelHyperparameters h, PreparedDataset data, PreparedDataset fit) {
            int[] contextSizes = data.encoders().contexts().stream().mapToInt(c -> c.size()).toArray();
            this.config = ModelDefaults.config(h, batchSize, data.settings().seed(), data.nUsers(), data.nItems(),
                    contextSizes, data.samplesPerEpoch(h.negatives()));
            this.graph = ModelArchitectures.build(model, config);
            this.sampler = fit.epochSampler(config.negativesPerPositive(), config.negativeAlpha());
            this.stopping = new EarlyStopping(h.patience(),
                    g -> EarlyStoppingTrainer.ndcg(evaluator, model, g, config, fit, pool));
        }

        @Override
        public Validation trainTo(int target, BooleanSupplier timeUp) {
            if (!stopped && epochs < target) {
                boolean[] patient = {true};
                TrainingHistory history = new TrainingLoop(config.withEpochs(target)).train(graph, epochs + 1,
                        e -> EpochSamples.of(sampler.examples(e)), EpochListener.NONE, (g, report) -> {
                            patient[0] = stopping.proceed(g, report);
                            return patient[0] && !timeUp.getAsBoolean();
                        });
                epochs += history.epochs().size();
                stopped = !patient[0];
            }
            return new Validation(Math.max(0, stopping.best()), stopping.bestEpoch(), epochs, stopped);
        }
    }
}
