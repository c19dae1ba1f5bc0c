package io.ctxrec.training.pipeline;

import io.ctxrec.domain.evaluation.CandidateSource;
import io.ctxrec.domain.evaluation.EvaluationReport;
import io.ctxrec.domain.evaluation.EvaluationSettings;
import io.ctxrec.domain.evaluation.LeaveOneOutEvaluator;
import io.ctxrec.domain.evaluation.NegativeSampler;
import io.ctxrec.domain.evaluation.Scorer;
import io.ctxrec.training.dataset.PreparedDataset;

/**
 * Evaluates a trained model: ranks each held-out positive against {@code negatives} sampled unseen items
 * (He et al.'s protocol, all metrics) and against every unseen item (the truer, lower HR and NDCG).
 */
final class ModelEvaluator {
    private final LeaveOneOutEvaluator sampled;
    private final LeaveOneOutEvaluator full;

    ModelEvaluator(EvaluationSettings settings) {
        this(settings, new NegativeSampler(settings.negatives(), settings.seed()));
    }

    /** Ranking the held-out positives against {@code candidates} instead of sampled negatives. */
    ModelEvaluator(EvaluationSettings settings, CandidateSource candidates) {
        this.sampled = new LeaveOneOutEvaluator(settings.k(), candidates);
        this.full = LeaveOneOutEvaluator.fullRanking(settings.k());
    }

    Reports evaluate(PreparedDataset data, Scorer scorer) {
        return new Reports(sampled.evaluate(data.testCases(), data.trainUserItems(), data.nItems(), scorer),
                full.evaluate(data.testCases(), data.trainUserItems(), data.nItems(), scorer));
    }

    /** One scorer's metrics under both protocols. */
    record Reports(EvaluationReport sampled, EvaluationReport full) {
    }
}
