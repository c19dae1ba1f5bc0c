package io.ctxrec.training.pipeline;

import io.ctxrec.adapters.dl4j.Dl4jScoringModel;
import io.ctxrec.adapters.dl4j.EpochCheck;
import io.ctxrec.adapters.dl4j.EpochListener;
import io.ctxrec.adapters.dl4j.ModelConfig;
import io.ctxrec.adapters.dl4j.PrecomputedScorers;
import io.ctxrec.domain.evaluation.EvaluationProgress;
import io.ctxrec.domain.evaluation.EvaluationSettings;
import io.ctxrec.domain.evaluation.LeaveOneOutEvaluator;
import io.ctxrec.domain.evaluation.Scorer;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.domain.scoring.PopularityBlend;
import io.ctxrec.training.dataset.PreparedDataset;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.deeplearning4j.nn.graph.ComputationGraph;

/**
 * Trains one model for as many epochs as its validation NDCG@K keeps rising: it trains on the training
 * data without the validation cases ({@link PreparedDataset#validationFit()}), scores the validation
 * cases against the evaluation's sampled negatives after every epoch, and stops after {@code patience}
 * epochs without gain or at the config's epochs, whichever comes first.
 *
 * <p>With {@code refit} the model is then trained again from scratch on all the training
 * data for the chosen number of epochs, and that model serves; {@code auto} (the service's default) refits only
 * where the validation cases held out at least 0.5 % of the training positives ({@link AfterStopping#resolve}). Keeping the best epoch's weights instead
 * saves the second training but serves a model that never saw each validation user's latest positive,
 * the event nearest to what they do next: on DePaulMovie (loo) it lost 0.02 to 0.07 HR@10 against the
 * refit for three of the four models (figures in the README). Without validation cases (no user with
 * two positives) the model trains the config's epochs.
 *
 * <p>With {@code blend}, the {@link PopularityBlend} weight is then chosen on the same validation cases
 * ({@link PopularityBlendFit}), with the watched model at its best epoch and the item counts of the data it
 * was fitted on: that model, like the served one on the test set, has not seen the cases it is judged on
 * (the refitted model has, and would always prefer no blend). That model's scores of the validation cases,
 * blended by the chosen beta, are kept ({@link ValidationCurve#scores()}) for the ensemble to be fitted on.
 */
final class EarlyStoppingTrainer {
    private final ModelTrainer trainer;
    private final LeaveOneOutEvaluator evaluator;
    private final EvaluationSettings settings;
    private final AfterStopping after;
    private final boolean blend;

    EarlyStoppingTrainer(ModelTrainer trainer, EvaluationSettings evaluation, boolean refit, boolean blend) {
        this(trainer, evaluation, refit ? AfterStopping.REFIT : AfterStopping.KEEP, blend);
    }

    EarlyStoppingTrainer(ModelTrainer trainer, EvaluationSettings evaluation, AfterStopping after, boolean blend) {
        this.trainer = trainer;
        this.settings = evaluation;
        this.evaluator = LeaveOneOutEvaluator.sampled(evaluation);
        this.after = after;
        this.blend = blend;
    }

    TrainedModel train(ModelName model, ModelConfig config, int patience, PreparedDataset data,
                       EpochListener listener) {
        if (!data.hasValidation()) {
            return trainer.train(model, config, data, listener, EpochCheck.ALWAYS);
        }
        PreparedDataset fit = data.validationFit();
        ExecutorService pool = validationPool();
        TrainedModel watched;
        EarlyStopping stopping = new EarlyStopping(patience, graph -> ndcg(evaluator, model, graph, config, fit, pool));
        ValidationScores served;
        try {
            watched = trainer.train(model, config, fit, listener, stopping);
            if (stopping.bestEpoch() == 0) {
                return watched; // a trainer that ran no epoch left nothing to choose from
            }
            stopping.restoreBest(watched.graph());
            served = served(model, watched, fit, pool);
        } finally {
            pool.shutdownNow();
        }
        ValidationCurve curve = new ValidationCurve(stopping.bestEpoch(), stopping.curve(), watched.history(),
                served.choice(), served.scores());
        AfterStopping chosen = after.resolve(data.positives().size() - fit.positives().size(), data.positives().size());
        switch (chosen.kind()) {
            case KEEP:
                return new TrainedModel(model, watched.graph(), watched.config(), watched.history(), watched.time(),
                        curve);
            case FOLD_IN:
                TrainedModel folded = trainer.goOn(watched, stopping.bestEpoch(), chosen.epochs(), data, listener);
                return new TrainedModel(model, folded.graph(), folded.config(), folded.history(),
                        watched.time().plus(folded.time()), curve);
            default:
                break;
        }
        TrainedModel refitted = trainer.train(model, config.withEpochs(stopping.bestEpoch()), data, listener,
                EpochCheck.ALWAYS);
        Duration both = watched.time().plus(refitted.time());
        return new TrainedModel(model, refitted.graph(), refitted.config(), refitted.history(), both, curve);
    }

    // The serving scorers, in blocks on every core, as the final evaluation scores.
    static double ndcg(LeaveOneOutEvaluator evaluator, ModelName model, ComputationGraph graph, ModelConfig config,
                       PreparedDataset fit, Executor pool) {
        Dl4jScoringModel scoring = ItemFeatures.scoring(model, graph, config, "validation", fit);
        return evaluator.evaluate(fit.testCases(), fit.trainUserItems(), fit.nItems(),
                Scorer.of(PrecomputedScorers.of(scoring)), pool, EvaluationProgress.NONE).ndcg().orElse(0);
    }

    /** Daemon threads, one per core, for scoring the validation cases. */
    static ExecutorService validationPool() {
        return Executors.newFixedThreadPool(THREADS, VALIDATION_THREADS);
    }

    /** The validation cases' scores as the model would serve them, and the popularity blend chosen on them. */
    private record ValidationScores(float[][] scores, PopularityBlendFit.Choice choice) {
    }

    // The watched model at its best epoch has not seen the validation cases: its scores of them, blended by the
    // beta chosen on them, are what the ensemble is fitted on (TrainingRun).
    private ValidationScores served(ModelName model, TrainedModel watched, PreparedDataset fit, Executor pool) {
        ValidationRanking ranking = ValidationRanking.of(fit, settings);
        Dl4jScoringModel scoring = ItemFeatures.scoring(model, watched.graph(), watched.config(), "validation", fit);
        float[][] scores = ranking.scores(Scorer.of(PrecomputedScorers.of(scoring)), pool);
        long[] counts = fit.popularity().counts();
        PopularityBlendFit.Choice choice = blend ? PopularityBlendFit.choose(ranking, scores, counts)
                : PopularityBlendFit.Choice.NONE;
        PopularityBlend chosen = PopularityBlend.of(choice.beta(), counts);
        float[][] served = new float[scores.length][];
        for (int c = 0; c < scores.length; c++) {
            served[c] = chosen.apply(ranking.items(c), scores[c]);
        }
        return new ValidationScores(served, choice);
    }

    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final ThreadFactory VALIDATION_THREADS = new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "ctxrec-validation-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    };
}
