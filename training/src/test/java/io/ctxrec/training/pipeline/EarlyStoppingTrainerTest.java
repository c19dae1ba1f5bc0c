package io.ctxrec.training.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ctxrec.adapters.dl4j.EpochListener;
import io.ctxrec.adapters.dl4j.ModelConfig;
import io.ctxrec.adapters.dl4j.PrecomputedScorers;
import io.ctxrec.domain.evaluation.EvaluationSettings;
import io.ctxrec.domain.evaluation.LeaveOneOutEvaluator;
import io.ctxrec.domain.evaluation.Scorer;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.training.dataset.DatasetPreparation;
import io.ctxrec.training.dataset.DatasetSettings;
import io.ctxrec.training.dataset.PreparedDataset;
import io.ctxrec.training.dataset.SplitProtocol;
import java.util.List;
import org.junit.jupiter.api.Test;

class EarlyStoppingTrainerTest {
    private static final int MOST = 6;
    private static final PreparedDataset DATA = prepare();
    private final ModelConfig config = new ModelConfig(8, List.of(), 0.05, 0, MOST, 256, 4, 7L, DATA.nUsers(),
            DATA.nItems(), new int[0]);

    @Test
    void refitTrainsAgainOnAllTheDataForTheChosenEpochs() {
        TrainedModel trained = new EarlyStoppingTrainer(new Dl4jModelTrainer(), EvaluationSettings.DEFAULT, true, false)
                .train(ModelName.BMF, config, 2, DATA, EpochListener.NONE);

        ValidationCurve curve = trained.validation();
        assertThat(curve.bestEpoch()).isBetween(1, MOST);
        assertThat(curve.ndcg().length).isBetween(curve.bestEpoch(), Math.min(MOST, curve.bestEpoch() + 2));
        assertThat(trained.history().epochs()).hasSize(curve.bestEpoch());
        assertThat(trained.config().epochs()).isEqualTo(curve.bestEpoch());
        assertThat(trained.history().epochs().get(0).samples()).isEqualTo(DATA.samplesPerEpoch(4));
        assertThat(curve.watched().epochs().get(0).samples()).isEqualTo(DATA.validationFit().samplesPerEpoch(4));
    }

    @Test
    void autoRefitsWhereTheValidationHeldOutAtLeastHalfAPercentOfThePositives() {
        int all = DATA.positives().size();
        int heldOut = all - DATA.validationFit().positives().size();
        assertThat(heldOut).as("this small data's validation share").isGreaterThanOrEqualTo(all / 200);
        TrainedModel trained = new EarlyStoppingTrainer(new Dl4jModelTrainer(), EvaluationSettings.DEFAULT,
                AfterStopping.AUTO, false).train(ModelName.BMF, config, 2, DATA, EpochListener.NONE);

        assertThat(trained.history().epochs()).as("refitted: only the chosen epochs, on all the data")
                .hasSize(trained.validation().bestEpoch());
        assertThat(trained.history().epochs().get(0).samples()).isEqualTo(DATA.samplesPerEpoch(4));
    }

    @Test
    void keepingTheBestWeightsServesTheEpochThatScoredBestOnValidation() {
        TrainedModel trained = new EarlyStoppingTrainer(new Dl4jModelTrainer(), EvaluationSettings.DEFAULT, false, false)
                .train(ModelName.BMF, config, 2, DATA, EpochListener.NONE);

        ValidationCurve curve = trained.validation();
        PreparedDataset fit = DATA.validationFit();
        double ndcg = LeaveOneOutEvaluator.sampled(EvaluationSettings.DEFAULT).evaluate(fit.testCases(),
                fit.trainUserItems(), fit.nItems(),
                Scorer.of(PrecomputedScorers.of(ItemFeatures.scoring(trained, "test", fit)))).ndcg().orElseThrow();
        assertThat(ndcg).isCloseTo(curve.ndcg()[curve.bestEpoch() - 1], within(1e-6));
        assertThat(trained.history().epochs()).hasSize(curve.ndcg().length);
    }

    @Test
    void foldingInTrainsTheBestEpochsWeightsOnAllTheDataForItsEpochs() {
        TrainedModel trained = new EarlyStoppingTrainer(new Dl4jModelTrainer(), EvaluationSettings.DEFAULT,
                AfterStopping.foldIn(2), false).train(ModelName.BMF, config, 2, DATA, EpochListener.NONE);

        int best = trained.validation().bestEpoch();
        assertThat(trained.history().epochs()).hasSize(best + 2);
        assertThat(trained.config().epochs()).isEqualTo(best + 2);
        assertThat(trained.history().epochs().get(best - 1).samples()).isEqualTo(DATA.validationFit().samplesPerEpoch(4));
        assertThat(trained.history().epochs().get(best).epoch()).isEqualTo(best + 1);
        assertThat(trained.history().epochs().get(best).samples()).isEqualTo(DATA.samplesPerEpoch(4));
    }

    @Test
    void theBlendIsChosenOnTheValidationCasesWithTheModelAtItsBestEpoch() {
        TrainedModel trained = new EarlyStoppingTrainer(new Dl4jModelTrainer(), EvaluationSettings.DEFAULT, true, true)
                .train(ModelName.BMF, config, 2, DATA, EpochListener.NONE);

        ValidationCurve curve = trained.validation();
        PopularityBlendFit.Choice blend = curve.blend();
        assertThat(blend.betas()).containsExactly(PopularityBlendFit.GRID);
        // beta 0 is the model alone: the NDCG early stopping measured at the chosen epoch
        assertThat(blend.ndcg()[0]).isCloseTo(curve.ndcg()[curve.bestEpoch() - 1], within(1e-9));
        double best = java.util.Arrays.stream(blend.ndcg()).max().orElseThrow();
        int first = 0;
        while (blend.ndcg()[first] < best) {
            first++;
        }
        assertThat(curve.popularityBlend()).isEqualTo(PopularityBlendFit.GRID[first]);
    }

    @Test
    void withoutTheBlendNoneIsChosen() {
        TrainedModel trained = new EarlyStoppingTrainer(new Dl4jModelTrainer(), EvaluationSettings.DEFAULT, true, false)
                .train(ModelName.BMF, config, 2, DATA, EpochListener.NONE);

        assertThat(trained.validation().blend()).isEqualTo(PopularityBlendFit.Choice.NONE);
    }

    @Test
    void withoutValidationCasesTheModelTrainsItsMostEpochs() {
        PreparedDataset none = prepare(DatasetSettings.DEFAULT.withProtocol(SplitProtocol.LOO).withValidationUsers(0));

        TrainedModel trained = new EarlyStoppingTrainer(new Dl4jModelTrainer(), EvaluationSettings.DEFAULT, true, false)
                .train(ModelName.BMF, config.withDims(none.nUsers(), none.nItems(), new int[0]), 1, none,
                        EpochListener.NONE);

        assertThat(trained.history().epochs()).hasSize(MOST);
        assertThat(trained.validation()).isEqualTo(ValidationCurve.NONE);
    }

    private static PreparedDataset prepare() {
        return prepare(DatasetSettings.DEFAULT.withProtocol(SplitProtocol.LOO));
    }

    private static PreparedDataset prepare(DatasetSettings settings) {
        ShopSources shop = GeneratedShops.of(Pipelines.TINY);
        return new DatasetPreparation(settings).prepare(shop.history(), shop.catalog(), shop.ratings());
    }
}
