package io.ctxrec.domain.fallback;

import static io.ctxrec.domain.testdata.InteractionBuilder.anInteraction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.port.RecommendedItem;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FallbackRecommenderTest {
    // ENCM's weights (ctxrec.fallback.weights.encm)
    private final FallbackRecommender recommender = FallbackRecommender.weightedBy(new WeightProfile(0.40, 0.15, 0.15, 0.15, 0.15));

    @Test
    void givenNoHistory_thenEverythingByHeuristicAsPopular() {
        // scores (BackfillTest): c2 0.15, p1 0.15 (tie -> id), c1 0.075, p2 0.075, b1 0; x inactive.
        // ENCM weighs views 0.15 like DEFAULT, so the order is the same.
        List<RecommendedItem> list = recommender.recommend(BackfillTest.CATALOG, Map.of(), UserTaste.NONE, 10);

        assertThat(list).extracting(RecommendedItem::productId).containsExactly("c2", "p1", "c1", "p2", "b1");
        assertThat(list).extracting(RecommendedItem::reason).containsOnly(Reason.POPULAR);
    }

    @Test
    void givenHistory_thenTheUsersCategoriesComeFirstAndPurchasesAreLeftOut() {
        // bought c1 (shoes, acme): taste shoes / acme, c1 excluded -> c2 (shoes), b1 (acme), then p1 by score
        Map<String, Product> catalog = BackfillTest.CATALOG.stream().collect(Collectors.toMap(Product::id, Function.identity()));
        List<Interaction> history = List.of(anInteraction().by("u1").on("c1").view(), anInteraction().by("u1").on("c1").purchase());
        UserTaste taste = UserTaste.from(history, catalog);

        List<RecommendedItem> list = recommender.recommend(BackfillTest.CATALOG, Map.of(), taste, 3);

        assertThat(list).extracting(RecommendedItem::productId, RecommendedItem::reason).containsExactly(
                tuple("c2", Reason.SAME_CATEGORY), tuple("b1", Reason.SAME_BRAND), tuple("p1", Reason.POPULAR));
    }

    @Test
    void tasteAndIntentAreDerivedFromInteractions() {
        Map<String, Product> catalog = BackfillTest.CATALOG.stream().collect(Collectors.toMap(Product::id, Function.identity()));
        List<Interaction> history = List.of(anInteraction().on("b1").view(), anInteraction().on("p1").cart(),
                anInteraction().on("p1").purchase(), anInteraction().on("unknown").purchase());

        UserTaste taste = UserTaste.from(history, catalog);
        assertThat(taste.categories()).containsExactlyInAnyOrder("hats", "bags");
        assertThat(taste.brands()).containsExactlyInAnyOrder("acme", "zed");
        assertThat(taste.excluded()).containsExactlyInAnyOrder("p1", "unknown");
        // view does not count; cart + purchase on p1 = 2
        assertThat(PurchaseIntent.count(history)).isEqualTo(Map.of("p1", 2L, "unknown", 1L));
    }
}
