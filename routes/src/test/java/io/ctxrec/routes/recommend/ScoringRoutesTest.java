package io.ctxrec.routes.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.scoring.ScoredItem;
import io.ctxrec.routes.scoring.ModelTopK;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.model.BeanDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScoringRoutesTest extends RecommendationTestSupport {
    private final CountDownLatch release = new CountDownLatch(1);

    @Override
    protected java.util.Properties useOverridePropertiesWithPropertiesComponent() {
        java.util.Properties p = super.useOverridePropertiesWithPropertiesComponent();
        p.setProperty("ctxrec.scoring.timeout-ms", "1000");
        return p;
    }

    @AfterEach
    void releaseTheSlowModel() {
        release.countDown();
    }

    @Test
    void theModelsScoreInParallel_oneFailingAndOneTimingOut_theOthersStillAnswer() throws Exception {
        AdviceWith.adviceWith(context, "score-bmf", a -> a.weaveByType(BeanDefinition.class).replace()
                .throwException(new IllegalStateException("BMF is broken")));
        AdviceWith.adviceWith(context, "score-neumf", a -> a.weaveByType(BeanDefinition.class).replace()
                .process(e -> release.await()));
        context.start();
        String user = shop.buyer(1, 6);

        RecommendationResponse r = init(user, 10);

        assertThat(r.source()).isEqualTo("model");
        assertThat(r.model()).isIn("ENCM", "LNCM", "ItemPop");
        assertThat(r.metrics().keySet()).containsExactlyInAnyOrder("ENCM", "LNCM", "ItemPop");
        assertThat(r.items()).hasSize(10);
    }

    @Test
    void theModelWithTheBestMapWins_precisionBreaksATie_andPurchasesAreLeftOut() throws Exception {
        String user = shop.buyer(2, 1);
        List<String> bought = shop.purchases(user).stream().sorted().toList();
        List<String> others = shop.jdbc.productCatalog().active().stream().map(p -> p.id())
                .filter(id -> !bought.contains(id)).toList();
        double r = Math.min(bought.size(), 10);
        // ENCM: a purchase at rank 1 -> MAP 1/r, P 0.1. LNCM: ranks 2 and 4 -> MAP (1/2 + 2/4)/r = 1/r, P 0.2.
        // NeuMF: ranks 9 and 10 -> MAP (1/9 + 2/10)/r, P 0.2. BMF: none -> 0, 0.
        Map<String, List<String>> lists = Map.of(
                "ENCM", ranking(bought, others, Set.of(1), 0),
                "LNCM", ranking(bought, others, Set.of(2, 4), 9),
                "NeuMF", ranking(bought, others, Set.of(9, 10), 18),
                "BMF", ranking(bought, others, Set.of(), 27));
        for (var e : lists.entrySet()) {
            ModelTopK topK = topK(e.getKey(), e.getValue());
            AdviceWith.adviceWith(context, "score-" + e.getKey().toLowerCase(), a -> a.weaveByType(BeanDefinition.class)
                    .replace().process(x -> x.getMessage().setBody(topK)));
        }
        context.start();

        RecommendationResponse response = init(user, 5);

        assertThat(response.model()).isEqualTo("LNCM");
        assertThat(response.metrics().get("LNCM")).containsEntry("map@10", 1 / r).containsEntry("precision@10", 0.2);
        assertThat(response.metrics().get("ENCM")).containsEntry("map@10", 1 / r).containsEntry("precision@10", 0.1);
        assertThat(response.metrics().get("NeuMF").get("map@10")).isEqualTo((1.0 / 9 + 2.0 / 10) / r, within());
        assertThat(response.metrics().get("BMF")).containsEntry("map@10", 0.0).containsEntry("precision@10", 0.0);
        List<String> expected = lists.get("LNCM").stream().filter(id -> !bought.contains(id)).limit(5).toList();
        assertThat(ids(response)).isEqualTo(expected);
        assertThat(response.items()).allMatch(p -> p.reason().equals("model"));
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-12);
    }

    /** Ten products: purchases at the given 1-based ranks, other products (from {@code from} on) elsewhere. */
    private static List<String> ranking(List<String> bought, List<String> others, Set<Integer> hits, int from) {
        List<String> list = new ArrayList<>();
        int b = 0;
        int o = from;
        for (int rank = 1; rank <= 10; rank++) {
            list.add(hits.contains(rank) ? bought.get(b++) : others.get(o++));
        }
        return list;
    }

    private static ModelTopK topK(String model, List<String> ids) {
        List<ScoredItem> items = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            items.add(new ScoredItem(ids.get(i), 1.0 - i / 100.0));
        }
        return new ModelTopK(model, items);
    }
}
