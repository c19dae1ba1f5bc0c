package io.ctxrec.training.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.evaluation.EvaluationSettings;
import io.ctxrec.domain.scoring.PopularityBlend;
import io.ctxrec.training.dataset.DatasetPreparation;
import io.ctxrec.training.dataset.DatasetSettings;
import io.ctxrec.training.dataset.PreparedDataset;
import io.ctxrec.training.dataset.SplitProtocol;
import org.junit.jupiter.api.Test;

class PopularityBlendFitTest {
    private static final PreparedDataset FIT = prepare().validationFit();
    private static final ValidationRanking RANKING = ValidationRanking.of(FIT, EvaluationSettings.DEFAULT);

    @Test
    void aModelThatScoresEveryItemAlikeTakesTheSmallestBetaThatRanksByPopularity() {
        float[][] flat = scores((c, i) -> 0.5f);

        PopularityBlendFit.Choice choice = PopularityBlendFit.choose(RANKING, flat, FIT.popularity().counts());

        assertThat(choice.ndcg()[0]).isZero(); // every negative ties the positive, and ties count against it
        assertThat(choice.beta()).isEqualTo(PopularityBlendFit.GRID[1]);
        assertThat(choice.ndcg()[1]).isPositive();
    }

    @Test
    void aModelThatRanksEveryPositiveFirstKeepsBetaZero() {
        float[][] perfect = scores((c, i) -> i == 0 ? 0.99f : 0.01f);

        PopularityBlendFit.Choice choice = PopularityBlendFit.choose(RANKING, perfect, FIT.popularity().counts());

        assertThat(choice.beta()).isEqualTo(PopularityBlend.NONE);
        assertThat(choice.ndcg()[0]).isEqualTo(1.0);
        assertThat(choice.betas()).containsExactly(PopularityBlendFit.GRID);
    }

    @Test
    void popularityFirstMeasuresAsItemPopWhereTheModelIsFlat() {
        float[][] flat = scores((c, i) -> 0.5f);

        PopularityBlendFit.Choice choice = PopularityBlendFit.choose(RANKING, flat, FIT.popularity().counts());

        double itemPop = RANKING.ndcg(RANKING.scores(FIT.popularity(), Runnable::run));
        assertThat(choice.ndcg()[choice.ndcg().length - 1]).isEqualTo(itemPop);
    }

    @Test
    void theValidationCasesPutTheHeldOutPositiveFirst() {
        assertThat(RANKING.size()).isEqualTo(FIT.testCases().size());
        for (int c = 0; c < RANKING.size(); c++) {
            assertThat(RANKING.items(c)[0]).isEqualTo(FIT.testCases().get(c).item());
            assertThat(RANKING.items(c).length).isGreaterThan(1);
        }
    }

    private interface Score {
        float of(int c, int i);
    }

    private static float[][] scores(Score score) {
        float[][] scores = new float[RANKING.size()][];
        for (int c = 0; c < scores.length; c++) {
            scores[c] = new float[RANKING.items(c).length];
            for (int i = 0; i < scores[c].length; i++) {
                scores[c][i] = score.of(c, i);
            }
        }
        return scores;
    }

    private static PreparedDataset prepare() {
        ShopSources shop = GeneratedShops.of(Pipelines.TINY);
        return new DatasetPreparation(DatasetSettings.DEFAULT.withProtocol(SplitProtocol.LOO))
                .prepare(shop.history(), shop.catalog(), shop.ratings());
    }
}
