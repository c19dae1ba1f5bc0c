package io.ctxrec.domain.fallback;

import static io.ctxrec.domain.testdata.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.port.RecommendedItem;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackfillTest {
    // Only views differ, so score = 0.15 * log1p(views) / log1p(15): views 15 -> 0.15, 3 -> 0.075, 0 -> 0
    static final List<Product> CATALOG = List.of(
            aProduct("c1").inCategory("shoes").ofBrand("acme").viewed(3).build(),
            aProduct("c2").inCategory("shoes").ofBrand("other").viewed(15).build(),
            aProduct("b1").inCategory("hats").ofBrand("acme").build(),
            aProduct("p1").inCategory("bags").ofBrand("zed").viewed(15).build(),
            aProduct("p2").inCategory("bags").ofBrand("zed").viewed(3).build(),
            aProduct("x").inCategory("shoes").ofBrand("acme").viewed(1000).inactive().build());
    static final UserTaste SHOES_AND_ACME = new UserTaste(Set.of("shoes"), Set.of("acme"), Set.of());

    // rating 45 %, rating count, views and discount 15 % each, purchase intent 10 % (ctxrec.fallback.weights.default)
    private final Backfill backfill = new Backfill(new HeuristicFallback(new WeightProfile(0.45, 0.15, 0.15, 0.15, 0.10)));
    private final List<RecommendedItem> chosen = List.of(new RecommendedItem("p2", 0.9, Reason.MODEL));

    @Test
    void appendsSameCategoryThenSameBrandThenPopular() {
        // p2 is chosen; shoes: c2 (0.15), c1 (0.075); acme outside shoes: b1 (0); rest: p1 (0.15); x inactive
        List<RecommendedItem> list = backfill.complete(chosen, CATALOG, Map.of(), SHOES_AND_ACME, 5);

        assertThat(list).extracting(RecommendedItem::productId, RecommendedItem::reason).containsExactly(
                tuple("p2", Reason.MODEL), tuple("c2", Reason.SAME_CATEGORY), tuple("c1", Reason.SAME_CATEGORY),
                tuple("b1", Reason.SAME_BRAND), tuple("p1", Reason.POPULAR));
        assertThat(list.get(1).score()).isCloseTo(0.15, within(1e-12));
        assertThat(list.get(2).score()).isCloseTo(0.075, within(1e-12));
    }

    @Test
    void stopsAtLimit() {
        List<RecommendedItem> list = backfill.complete(chosen, CATALOG, Map.of(), SHOES_AND_ACME, 2);
        assertThat(list).extracting(RecommendedItem::productId).containsExactly("p2", "c2");
    }

    @Test
    void givenExcludedItems_thenTheyAreNeverAddedAndListEndsWhenCandidatesRunOut() {
        // 5 active products, p2 already chosen, c2 excluded -> 3 can be added: 4 in all, below limit 10
        UserTaste taste = new UserTaste(Set.of("shoes"), Set.of("acme"), Set.of("c2"));
        List<RecommendedItem> list = backfill.complete(chosen, CATALOG, Map.of(), taste, 10);
        assertThat(list).extracting(RecommendedItem::productId).containsExactly("p2", "c1", "b1", "p1");
    }

    @Test
    void givenChosenLongerThanLimit_thenCutToLimit() {
        List<RecommendedItem> two = List.of(new RecommendedItem("p2", 0.9, Reason.MODEL), new RecommendedItem("p1", 0.8, Reason.MODEL));
        assertThat(backfill.complete(two, CATALOG, Map.of(), UserTaste.NONE, 1))
                .extracting(RecommendedItem::productId).containsExactly("p2");
    }

    @Test
    void givenBadInput_thenIllegalArgument() {
        assertThatThrownBy(() -> backfill.complete(chosen, CATALOG, Map.of(), UserTaste.NONE, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
        List<RecommendedItem> twice = List.of(chosen.get(0), chosen.get(0));
        assertThatThrownBy(() -> backfill.complete(twice, CATALOG, Map.of(), UserTaste.NONE, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeats product p2");
    }
}
