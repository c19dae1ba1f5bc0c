package io.ctxrec.training.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ctxrec.domain.evaluation.EvaluationSettings;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.training.dataset.DatasetPreparation;
import io.ctxrec.training.dataset.DatasetSettings;
import io.ctxrec.training.dataset.PreparedDataset;
import io.ctxrec.training.dataset.SplitProtocol;
import io.ctxrec.training.pipeline.HyperparameterSearch.Trainee;
import io.ctxrec.training.pipeline.HyperparameterSearch.Validation;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class Dl4jTraineesTest {
    private static final DatasetSettings LOO = DatasetSettings.DEFAULT.withProtocol(SplitProtocol.LOO);
    private static final BooleanSupplier NEVER = () -> false;
    private final ModelHyperparameters h = new ModelHyperparameters(8, List.of(), 0.05, 0, 4, 6, 256, 0.05, 6, 0);

    @Test
    void resumingBetweenRungsTrainsAsOneUninterruptedRun() {
        PreparedDataset data = prepare(LOO);
        try (Dl4jTrainees trainees = new Dl4jTrainees(List.of(data), List.of("tiny"), EvaluationSettings.DEFAULT, 0)) {
            Trainee inRungs = trainees.start(ModelName.BMF, h, 0);
            Validation early = inRungs.trainTo(2, NEVER);
            Validation resumed = inRungs.trainTo(5, NEVER);
            Validation straight = trainees.start(ModelName.BMF, h, 0).trainTo(5, NEVER);

            assertThat(early.epochs()).isEqualTo(2);
            assertThat(resumed.epochs()).isEqualTo(5);
            assertThat(resumed).isEqualTo(straight);
            assertThat(resumed.ndcg()).isPositive();
            assertThat(inRungs.trainTo(3, NEVER)).isEqualTo(resumed); // never trains backwards
        }
    }

    @Test
    void aSettingStopsAfterTheEpochInWhichTheTimeRanOutWithoutCountingAsStoppedByItsPatience() {
        try (Dl4jTrainees trainees = new Dl4jTrainees(List.of(prepare(LOO)), List.of("tiny"), EvaluationSettings.DEFAULT,
                0)) {
            Validation v = trainees.start(ModelName.BMF, h, 0).trainTo(5, () -> true);

            assertThat(v.epochs()).isEqualTo(1);
            assertThat(v.stopped()).isFalse();
        }
    }

    @Test
    void aDatasetWithoutValidationCasesIsRefusedByName() {
        PreparedDataset none = prepare(LOO.withValidationUsers(0));

        assertThatThrownBy(() -> new Dl4jTrainees(List.of(none), List.of("the empty shop"), EvaluationSettings.DEFAULT, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("the empty shop has no validation case");
    }

    private static PreparedDataset prepare(DatasetSettings settings) {
        ShopSources shop = GeneratedShops.of(Pipelines.TINY);
        return new DatasetPreparation(settings).prepare(shop.history(), shop.catalog(), shop.ratings());
    }
}
