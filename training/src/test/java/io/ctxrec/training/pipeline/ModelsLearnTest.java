package io.ctxrec.training.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.adapters.dl4j.Dl4jFamily;
import io.ctxrec.domain.scoring.ModelName;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trained models find the effect the generator planted, and ENCM only that: each item is scored in
 * its own category, so on taste-only data its context cannot give the held-out item away. Each test
 * asks for a margin of 0.1 in sampled HR@10: a learnt effect, not noise, on these small seeded shops.
 */
class ModelsLearnTest {
    private static final TrainingRequest SMALL = TrainingRequest.defaults().withEmbeddingDim(16).withBatchSize(256);

    @TempDir
    static Path dir;
    private static TrainingOutcome tasteDriven;

    // One run serves both taste-driven tests.
    private static synchronized TrainingOutcome tasteDriven() {
        if (tasteDriven == null) {
            tasteDriven = new Pipelines(dir.resolve("taste"), GeneratedShops.tasteDriven(1)).real()
                    .run(SMALL.withEpochs(5));
        }
        return tasteDriven;
    }

    @Test
    void everyModelBeatsItemPopularityWhenPurchasesFollowTheUsersTaste() {
        TrainingOutcome outcome = tasteDriven();

        Map<String, Double> hitRate = hitRates(outcome);
        assertThat(outcome.activated()).as(outcome.reason()).isTrue();
        for (ModelName model : Dl4jFamily.names()) {
            assertThat(hitRate.get(model.displayName())).as(model.displayName() + "\n" + outcome.table())
                    .isGreaterThanOrEqualTo(hitRate.get(ModelResult.ITEM_POP) + 0.1);
        }
    }

    @Test
    void encmGainsNothingFromTheCategoryWhenPurchasesFollowTheUsersTaste() {
        TrainingOutcome outcome = tasteDriven();

        Map<String, Double> hitRate = hitRates(outcome);
        double bestContextFree = Stream.of(ModelName.LNCM, ModelName.NEUMF, ModelName.BMF)
                .mapToDouble(m -> hitRate.get(m.displayName())).max().orElseThrow();
        assertThat(hitRate.get("ENCM")).as(outcome.table()).isLessThanOrEqualTo(bestContextFree + 0.1);
    }

    @Test
    void encmBeatsTheContextFreeModelsWhenPurchasesFollowTheContext() {
        TrainingOutcome outcome = new Pipelines(dir.resolve("context"), GeneratedShops.contextDriven(2)).real()
                .run(SMALL.withEpochs(10));

        Map<String, Double> hitRate = hitRates(outcome);
        for (ModelName model : new ModelName[] {ModelName.LNCM, ModelName.NEUMF, ModelName.BMF}) {
            assertThat(hitRate.get("ENCM")).as(model.displayName() + "\n" + outcome.table())
                    .isGreaterThanOrEqualTo(hitRate.get(model.displayName()) + 0.1);
        }
    }

    private static Map<String, Double> hitRates(TrainingOutcome outcome) {
        return outcome.results().stream().collect(Collectors.toMap(ModelResult::model,
                r -> r.sampled().hitRate().orElseThrow()));
    }
}
