package io.ctxrec.training.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.evaluation.EvaluationSettings;
import io.ctxrec.domain.evaluation.HeldOutInteraction;
import io.ctxrec.domain.evaluation.LeaveOneOutEvaluator;
import io.ctxrec.domain.evaluation.NegativeSampler;
import io.ctxrec.domain.evaluation.TestUserSample;
import io.ctxrec.training.dataset.DatasetPreparation;
import io.ctxrec.training.dataset.PreparedDataset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelEvaluatorTest {
    @TempDir
    Path dir;
    private PreparedDataset data;

    @BeforeEach
    void prepareTinyShop() {
        Pipelines p = new Pipelines(dir);
        data = new DatasetPreparation(Pipelines.ONE_EPOCH.dataset())
                .prepare(p.shop.history(), p.shop.catalog(), p.shop.ratings());
    }

    @Test
    void ranksEveryCaseAgainstSampledItemsAndASeededSampleOfUsersAgainstAllItems() {
        EvaluationSettings settings = EvaluationSettings.DEFAULT.withFullRankingUsers(10);
        List<HeldOutInteraction> sample = TestUserSample.of(data.testCases(), 10, settings.seed());

        ModelEvaluator.Reports reports = new ModelEvaluator(settings, TrainingProgress.NONE)
                .evaluate(data, ModelResult.ITEM_POP, data.popularity());

        assertThat(reports.sampled().users() + reports.sampled().skipped()).isEqualTo(data.testCases().size());
        assertThat(reports.sampled()).isEqualTo(new LeaveOneOutEvaluator(settings.k(),
                new NegativeSampler(settings.negatives(), settings.seed()))
                .evaluate(data.testCases(), data.trainUserItems(), data.nItems(), data.popularity()));
        assertThat(sample.stream().map(HeldOutInteraction::user).distinct()).hasSize(10);
        assertThat(reports.full()).isEqualTo(LeaveOneOutEvaluator.fullRanking(settings.k())
                .evaluate(sample, data.trainUserItems(), data.nItems(), data.popularity()));
        assertThat(reports.full().hitRateSe()).isPresent();
    }

    @Test
    void tellsTheProgressOfBothRankingsUpToTheirLastCase() {
        List<EvaluationStatus> told = new ArrayList<>();
        TrainingProgress recording = new TrainingProgress() {
            @Override
            public void evaluationAdvanced(EvaluationStatus status) {
                told.add(status);
            }
        };
        new ModelEvaluator(EvaluationSettings.DEFAULT.withFullRankingUsers(10), recording)
                .evaluate(data, "ItemPop", data.popularity());

        assertThat(told).allMatch(s -> s.model().equals("ItemPop"));
        assertThat(told).filteredOn(EvaluationStatus::finished).extracting(EvaluationStatus::ranking)
                .containsExactly(ModelEvaluator.SAMPLED, ModelEvaluator.FULL_RANKING);
        assertThat(told.get(told.size() - 1).total())
                .isEqualTo(TestUserSample.of(data.testCases(), 10, EvaluationSettings.DEFAULT_SEED).size());
    }
}
