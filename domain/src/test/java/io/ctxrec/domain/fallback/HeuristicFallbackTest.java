package io.ctxrec.domain.fallback;

import static io.ctxrec.domain.testdata.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.scoring.ScoredItem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeuristicFallbackTest {
    // rating 45 %, rating count, views and discount 15 % each, purchase intent 10 % (ctxrec.fallback.weights.default)
    private final HeuristicFallback heuristic = new HeuristicFallback(new WeightProfile(0.45, 0.15, 0.15, 0.15, 0.10));

    @Test
    void weighsTheFiveNormalisedSignals() {
        // counts 0, 3, 15 scale after log1p to 0, ln4/ln16 = 0.5, 1
        //      rating        count        views        discount      intent
        // a:   5    -> 1     15 -> 1      0  -> 0      0   -> 0      3  -> 0.5
        // b:   4    -> 0.8   3  -> 0.5    15 -> 1      0.2 -> 1      0  -> 0
        // c:   none -> 0     0  -> 0      3  -> 0.5    0.1 -> 0.5    15 -> 1
        // a = .45 + .15 + .05 = 0.65; b = .36 + .075 + .15 + .15 = 0.735; c = .075 + .075 + .1 = 0.25
        List<Product> products = List.of(
                aProduct("a").rated(5, 15).build(),
                aProduct("b").rated(4, 3).viewed(15).discounted(0.2).build(),
                aProduct("c").viewed(3).discounted(0.1).build());
        List<ScoredItem> ranked = heuristic.rank(products, Map.of("a", 3L, "c", 15L));

        assertThat(ranked).extracting(ScoredItem::productId).containsExactly("b", "a", "c");
        assertThat(ranked.get(0).score()).isCloseTo(0.735, within(1e-12));
        assertThat(ranked.get(1).score()).isCloseTo(0.65, within(1e-12));
        assertThat(ranked.get(2).score()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void givenConstantSignals_thenScoreZeroNotNaN() {
        // one candidate: every signal is constant and scales to 0
        List<ScoredItem> ranked = heuristic.rank(List.of(aProduct("a").rated(4, 10).viewed(50).build()), Map.of());
        assertThat(ranked.get(0).score()).isZero();
    }

    @Test
    void givenBlockbuster_thenLogScalingKeepsTheRestApart() {
        // views 0, 10, 10000: log1p(10) / log1p(10000) = 2.397895 / 9.210440 = 0.260346, times 0.15;
        // linear scaling would have given 10 / 10000 = 0.001
        List<Product> products = List.of(aProduct("none").build(), aProduct("some").viewed(10).build(),
                aProduct("hit").viewed(10_000).build());
        List<ScoredItem> ranked = heuristic.rank(products, Map.of());
        assertThat(ranked.get(1).productId()).isEqualTo("some");
        assertThat(ranked.get(1).score()).isCloseTo(0.15 * 0.260346, within(1e-6));
    }

    @Test
    void equalScoresAreOrderedById() {
        List<ScoredItem> ranked = heuristic.rank(List.of(aProduct("z").build(), aProduct("m").build()), Map.of());
        assertThat(ranked).extracting(ScoredItem::productId).containsExactly("m", "z");
    }

    @Test
    void givenNegativeIntentOrRepeatedProduct_thenIllegalArgument() {
        assertThatThrownBy(() -> heuristic.rank(List.of(aProduct("a").build()), Map.of("a", -1L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("purchase intent of a");
        assertThatThrownBy(() -> heuristic.rank(List.of(aProduct("a").build(), aProduct("a").build()), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("listed twice");
    }
}
