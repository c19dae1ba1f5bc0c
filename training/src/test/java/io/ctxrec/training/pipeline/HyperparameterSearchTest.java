package io.ctxrec.training.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.training.pipeline.HyperparameterSearch.Budget;
import io.ctxrec.training.pipeline.HyperparameterSearch.Outcome;
import io.ctxrec.training.pipeline.HyperparameterSearch.Rung;
import io.ctxrec.training.pipeline.HyperparameterSearch.Trainee;
import io.ctxrec.training.pipeline.HyperparameterSearch.Trainees;
import io.ctxrec.training.pipeline.HyperparameterSearch.Validation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.ToDoubleBiFunction;
import org.junit.jupiter.api.Test;

class HyperparameterSearchTest {
    private static final ModelName MODEL = ModelName.BMF;
    private static final long SECOND = 1_000_000_000L;
    private final ModelHyperparameters current = new ModelHyperparameters(16, List.of(64, 32), 0.005, 1e-4, 4, 10, 1024, 0.005, 3, 0);
    private final ModelDefaults start = ModelDefaults.packaged().with(MODEL, current);
    private final Budget nineInThirds = new Budget(9, 3, 2, Duration.ofHours(1));
    private final List<ModelHyperparameters> grid = searchOf(null, 1, nineInThirds).candidates(MODEL, current);
    // Setting i of the grid scores quality[i] (times a factor rising with the epochs): 5, 1 and 6 are the best three.
    private final double[] quality = {0.1, 0.8, 0.6, 0.4, 0.2, 0.9, 0.7, 0.5, 0.3};
    private long now;

    @Test
    void keepsTheBestThirdAfterRungZeroAndTrainsTheDecidingRungToMaxEpochs() {
        Fake fake = new Fake((h, d) -> quality[grid.indexOf(h)]);

        Outcome outcome = searchOf(fake, 1, nineInThirds).search(List.of(MODEL), start, r -> { });

        List<Rung> rungs = outcome.rungs();
        assertThat(rungs).hasSize(2);
        assertThat(rungs.get(0).ranked()).hasSize(9);
        assertThat(rungs.get(0).epochs()).isEqualTo(2);
        assertThat(rungs.get(0).promoted()).isEqualTo(3);
        // The current defaults (setting 0) ranked last, but go on to the deciding rung.
        assertThat(rungs.get(1).ranked()).extracting(t -> grid.indexOf(t.hyperparameters())).containsExactly(5, 1, 6, 0);
        assertThat(rungs.get(1).epochs()).isEqualTo(current.maxEpochs());
        assertThat(rungs.get(1).promoted()).isZero();
        assertThat(outcome.chosen().of(MODEL)).isEqualTo(grid.get(5));
        assertThat(fake.epochs).isEqualTo(9 * 2 + 4 * (current.maxEpochs() - 2)); // resumed, not restarted
    }

    @Test
    void theCurrentDefaultsGoOnToEveryRungSoASlowStarterThatEndsBestKeepsItsPlace() {
        // The defaults rank last after 2 epochs but overtake everything later.
        Fake fake = new Fake((h, d) -> quality[grid.indexOf(h) % quality.length]);
        fake.late = 0;

        Outcome outcome = searchOf(fake, 1, new Budget(27, 3, 2, Duration.ofHours(1))).search(List.of(MODEL), start,
                r -> { });

        assertThat(outcome.rungs()).extracting(r -> r.ranked().size()).containsExactly(27, 10, 3);
        assertThat(outcome.chosen().of(MODEL)).isEqualTo(current);
    }

    @Test
    void scoresEachDatasetRelativeToItsBestSoTheLargerScaleDoesNotDecide() {
        // Setting 1 is best on the high-scoring dataset by a little, setting 2 on the low-scoring one by a lot.
        double[][] ndcg = {{0.50, 0.02}, {0.90, 0.06}, {0.85, 0.10}};
        Fake fake = new Fake((h, d) -> {
            int i = grid.indexOf(h);
            return i < ndcg.length ? ndcg[i][d] : 0.01;
        });

        Outcome outcome = searchOf(fake, 2, new Budget(3, 3, 2, Duration.ofHours(1))).search(List.of(MODEL), start, r -> { });

        assertThat(outcome.chosen().of(MODEL)).isEqualTo(grid.get(2));
        assertThat(outcome.rungs().get(0).ranked().get(0).perDataset()).hasSize(2);
    }

    @Test
    void theTimeBudgetIsKeptToTheEpochAndWhenItCutsRungZeroTheCurrentDefaultsStay() {
        Fake fake = new Fake((h, d) -> quality[grid.indexOf(h)]);
        fake.secondsPerEpoch = 1;

        Outcome outcome = searchOf(fake, 1, new Budget(9, 3, 2, Duration.ofSeconds(7))).search(List.of(MODEL), start,
                r -> { });

        assertThat(now).isEqualTo(7 * SECOND); // settings 0, 1 and 2 trained 2 epochs each, setting 3 one
        assertThat(fake.epochs).isEqualTo(7);
        Rung only = outcome.rungs().get(0);
        assertThat(only.cut()).isTrue();
        assertThat(only.ranked()).extracting(t -> grid.indexOf(t.hyperparameters())).containsExactly(1, 2, 0);
        assertThat(outcome.deciding(MODEL)).isNull();
        assertThat(outcome.chosen().of(MODEL)).as("setting 1 led after 2 epochs only").isEqualTo(current);
    }

    @Test
    void givenTheTimeRunsOutBeforeTheDecidingRung_thenTheCurrentDefaultsStay() {
        // Setting 6 overtakes 5 with more epochs, but the time runs out before the deciding rung gets there.
        Fake fake = new Fake((h, d) -> quality[grid.indexOf(h)]);
        fake.late = 6;
        fake.secondsPerEpoch = 1;

        Outcome outcome = searchOf(fake, 1, new Budget(9, 3, 2, Duration.ofSeconds(25))).search(List.of(MODEL), start,
                r -> { });

        assertThat(now).isEqualTo(25 * SECOND);
        assertThat(outcome.rungs()).extracting(Rung::cut).containsExactly(false, true);
        assertThat(outcome.deciding(MODEL)).isNull();
        assertThat(outcome.chosen().of(MODEL)).as("setting 5 led after 2 epochs only").isEqualTo(current);
    }

    @Test
    void theTimeLeftIsSharedByTheModelsStillToTune() {
        Fake fake = new Fake((h, d) -> quality[Math.max(0, grid.indexOf(h)) % quality.length]);
        fake.secondsPerEpoch = 1;
        List<Integer> epochsAtEachModel = new ArrayList<>();

        searchOf(fake, 1, new Budget(9, 3, 2, Duration.ofSeconds(10))).search(List.of(ModelName.LNCM, MODEL), start,
                r -> epochsAtEachModel.add(fake.epochs));

        assertThat(epochsAtEachModel).containsExactly(5, 10); // 5 s each: 2 + 2 + 1 epochs
    }

    @Test
    void theFirstSettingsRungZeroRunsWhateverTheBudgetSoEveryModelGetsASetting() {
        Fake fake = new Fake((h, d) -> quality[grid.indexOf(h)]);
        fake.secondsPerEpoch = 1;

        Outcome outcome = searchOf(fake, 1, new Budget(9, 3, 2, Duration.ZERO)).search(List.of(MODEL), start, r -> { });

        assertThat(fake.epochs).isEqualTo(2);
        assertThat(outcome.chosen().of(MODEL)).isEqualTo(current);
    }

    @Test
    void aSettingStoppedByItsPatienceKeepsItsScoreAndTrainsNoFurther() {
        Fake fake = new Fake((h, d) -> quality[grid.indexOf(h)]);
        fake.patienceEndsAt = 3;

        Outcome outcome = searchOf(fake, 1, nineInThirds).search(List.of(MODEL), start, r -> { });

        assertThat(fake.epochs).isEqualTo(9 * 2 + 4 * 1);
        assertThat(outcome.rungs().get(1).ranked()).allSatisfy(t -> {
            assertThat(t.perDataset().get(0).stopped()).isTrue();
            assertThat(t.perDataset().get(0).epochs()).isEqualTo(3);
        });
        assertThat(outcome.chosen().of(MODEL)).isEqualTo(grid.get(5));
    }

    @Test
    void asFewSettingsAsTheHalvingFactorAllTrainToMaxEpochsInOneRung() {
        Fake fake = new Fake((h, d) -> quality[grid.indexOf(h)]);

        Outcome outcome = searchOf(fake, 1, new Budget(3, 3, 2, Duration.ofHours(1))).search(List.of(MODEL), start,
                r -> { });

        assertThat(outcome.rungs()).hasSize(1);
        assertThat(fake.epochs).isEqualTo(3 * current.maxEpochs());
        assertThat(outcome.chosen().of(MODEL)).isEqualTo(grid.get(1));
    }

    @Test
    void refusesABudgetThatCannotHalve() {
        assertThatThrownBy(() -> new Budget(9, 1, 2, Duration.ofHours(1))).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> new Budget(0, 3, 2, Duration.ofHours(1))).hasMessageContaining("at least 1");
    }

    @Test
    void triesTheCurrentSettingsFirstThenTheGridWithoutRepeatsKeepingTheLayersAndStopping() {
        List<ModelHyperparameters> c = searchOf(null, 1, nineInThirds).candidates(ModelName.NEUMF, current);

        assertThat(c.get(0)).isEqualTo(current);
        assertThat(new HashSet<>(c)).hasSameSizeAs(c);
        assertThat(c).hasSize(5 * 4 * 4 * 2);
        assertThat(c).allSatisfy(h -> {
            assertThat(h.hiddenDims()).containsExactly(64, 32);
            assertThat(h.maxEpochs()).isEqualTo(current.maxEpochs());
            assertThat(h.patience()).isEqualTo(current.patience());
        });
    }

    @Test
    void aLearningRateScalesTheRateAtTheModelsOwnBatchSizeInProportion() {
        ModelHyperparameters bmf = new ModelHyperparameters(32, List.of(), 0.001, 1e-6, 8, 50, 4096, 0.002, 3, 0);

        assertThat(searchOf(null, 1, nineInThirds).candidates(MODEL, bmf)).allSatisfy(h ->
                assertThat(h.batchLearningRate()).isEqualTo(2 * h.learningRate()));
    }

    @Test
    void theSeedFixesTheOrder() {
        HyperparameterSearch a = new HyperparameterSearch(null, 1, nineInThirds, 42L, System::nanoTime);
        HyperparameterSearch b = new HyperparameterSearch(null, 1, nineInThirds, 43L, System::nanoTime);

        assertThat(a.candidates(MODEL, current)).isEqualTo(a.candidates(MODEL, current))
                .isNotEqualTo(b.candidates(MODEL, current));
    }

    private HyperparameterSearch searchOf(Trainees trainees, int datasets, Budget budget) {
        return new HyperparameterSearch(trainees, datasets, budget, 42L, () -> now);
    }

    /**
     * A trainee whose validation NDCG@10 is its quality times epochs / (epochs + 1); each epoch moves the clock
     * on by {@code secondsPerEpoch}. The setting {@code late} learns slowly: it overtakes the others only after
     * 4 epochs. Every setting's patience runs out at {@code patienceEndsAt} epochs.
     */
    private final class Fake implements Trainees {
        final ToDoubleBiFunction<ModelHyperparameters, Integer> quality;
        int epochs;
        long secondsPerEpoch;
        int late = -1;
        int patienceEndsAt = Integer.MAX_VALUE;

        Fake(ToDoubleBiFunction<ModelHyperparameters, Integer> quality) {
            this.quality = quality;
        }

        @Override
        public Trainee start(ModelName model, ModelHyperparameters h, int dataset) {
            return new Trainee() {
                private int done;

                @Override
                public Validation trainTo(int target, BooleanSupplier timeUp) {
                    while (done < Math.min(target, patienceEndsAt)) {
                        done++;
                        epochs++;
                        now += secondsPerEpoch * SECOND;
                        if (timeUp.getAsBoolean()) {
                            break;
                        }
                    }
                    double q = grid.indexOf(h) == late && done > 4 ? 1.0 : quality.applyAsDouble(h, dataset);
                    return new Validation(q * done / (done + 1.0), done, done, done == patienceEndsAt && done < target);
                }
            };
        }
    }
}
