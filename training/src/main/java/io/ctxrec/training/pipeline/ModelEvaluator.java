package io.ctxrec.training.pipeline;

import io.ctxrec.domain.evaluation.CandidateSource;
import io.ctxrec.domain.evaluation.EvaluationProgress;
import io.ctxrec.domain.evaluation.EvaluationReport;
import io.ctxrec.domain.evaluation.EvaluationSettings;
import io.ctxrec.domain.evaluation.HeldOutInteraction;
import io.ctxrec.domain.evaluation.LeaveOneOutEvaluator;
import io.ctxrec.domain.evaluation.NegativeSampler;
import io.ctxrec.domain.evaluation.Scorer;
import io.ctxrec.domain.evaluation.TestUserSample;
import io.ctxrec.training.dataset.PreparedDataset;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Evaluates a trained model: ranks each held-out positive against {@code negatives} sampled unseen items
 * (He et al.'s protocol, all metrics), and the held-out positives of a seeded sample of at most
 * {@code fullRankingUsers} test users against every unseen item (the truer, lower HR and NDCG). The
 * blocks of cases are scored on one thread per core; the training itself runs on one.
 */
final class ModelEvaluator {
    static final String SAMPLED = "sampled";
    static final String FULL_RANKING = "full ranking";

    private final EvaluationSettings settings;
    private final LeaveOneOutEvaluator sampled;
    private final LeaveOneOutEvaluator full;
    private final TrainingProgress progress;
    private final int threads;

    ModelEvaluator(EvaluationSettings settings, TrainingProgress progress) {
        this(settings, new NegativeSampler(settings.negatives(), settings.seed()), progress);
    }

    /** Ranking the held-out positives against {@code candidates} instead of sampled negatives. */
    ModelEvaluator(EvaluationSettings settings, CandidateSource candidates, TrainingProgress progress) {
        this.settings = settings;
        this.sampled = new LeaveOneOutEvaluator(settings.k(), candidates);
        this.full = LeaveOneOutEvaluator.fullRanking(settings.k());
        this.progress = Objects.requireNonNull(progress, "progress");
        this.threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** @param model the name the progress lines give the scorer */
    Reports evaluate(PreparedDataset data, String model, Scorer scorer) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, evaluationThreads());
        try {
            EvaluationReport sampledReport = sampled.evaluate(data.testCases(), data.trainUserItems(), data.nItems(),
                    scorer, pool, timed(model, SAMPLED));
            List<HeldOutInteraction> sample = TestUserSample.of(data.testCases(), settings.fullRankingUsers(),
                    settings.seed());
            EvaluationReport fullReport = full.evaluate(sample, data.trainUserItems(), data.nItems(), scorer, pool,
                    timed(model, FULL_RANKING));
            return new Reports(sampledReport, fullReport);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Each test case's rank against the candidates, in test case order (see {@link LeaveOneOutEvaluator#ranks}). */
    int[] ranks(PreparedDataset data, Scorer scorer) {
        return sampled.ranks(data.testCases(), data.trainUserItems(), data.nItems(), scorer);
    }

    private EvaluationProgress timed(String model, String ranking) {
        long start = System.nanoTime();
        return (done, total) -> progress.evaluationAdvanced(
                new EvaluationStatus(model, ranking, done, total, Duration.ofNanos(System.nanoTime() - start)));
    }

    private static java.util.concurrent.ThreadFactory evaluationThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "ctxrec-evaluation-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** One scorer's metrics under both protocols. */
    record Reports(EvaluationReport sampled, EvaluationReport full) {
    }
}
