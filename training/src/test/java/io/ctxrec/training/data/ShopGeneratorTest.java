package io.ctxrec.training.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.model.Action;
import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.model.Rating;
import io.ctxrec.domain.port.ShopData;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ShopGeneratorTest {
    private static final ShopData SMALL = new ShopGenerator().generate(GeneratorSettings.small());

    @Test
    void sameSeedGivesIdenticalDataAndAnotherSeedDifferentData() {
        ShopData again = new ShopGenerator().generate(GeneratorSettings.small());
        ShopData other = new ShopGenerator().generate(GeneratorSettings.small().withSeed(7));

        assertThat(again).isEqualTo(SMALL);
        assertThat(other.interactions()).isNotEqualTo(SMALL.interactions());
        assertThat(other.products()).isNotEqualTo(SMALL.products());
    }

    @Test
    void makesExactlyTheRequestedUsersProductsAndInteractionRows() {
        assertThat(SMALL.users()).hasSize(300);
        assertThat(SMALL.products()).hasSize(200);
        assertThat(SMALL.interactions()).hasSize(20_000);
        assertThat(SMALL.users().get(0).id()).isEqualTo("u00001");
        assertThat(SMALL.users().get(299).id()).isEqualTo("u00300");
        assertThat(SMALL.products().get(199).id()).isEqualTo("p00200");
    }

    @Test
    void padsIdsToTheSizeWhenItHasMoreThanFiveDigits() {
        assertThat(SequenceIds.user(0, 123_456)).isEqualTo("u000001");
        assertThat(SequenceIds.product(41, 999)).isEqualTo("p00042");
    }

    @Test
    void interactionsAreOldestFirstAndViewsFallInTheWindow() {
        List<Instant> times = SMALL.interactions().stream().map(Interaction::at).toList();
        assertThat(times).isSorted();
        Instant start = GeneratorSettings.small().start();
        Instant end = start.plusSeconds(365 * 86_400L);
        assertThat(SMALL.interactions()).filteredOn(i -> i.action() == Action.VIEW)
                .allSatisfy(i -> assertThat(i.at()).isBetween(start, end.minusSeconds(1)));
    }

    @Test
    void funnelGoesViewThenCartThenPurchaseForEachUserAndProduct() {
        Map<String, int[]> seen = new HashMap<>();
        for (Interaction i : SMALL.interactions()) {
            int[] counts = seen.computeIfAbsent(i.userId() + "/" + i.productId(), k -> new int[3]);
            counts[i.action().ordinal()]++;
            assertThat(counts[0]).as("views before carts for %s", i).isGreaterThanOrEqualTo(counts[1]);
            assertThat(counts[1]).as("carts before purchases for %s", i).isGreaterThanOrEqualTo(counts[2]);
        }
        assertThat(SMALL.interactions()).extracting(Interaction::action).contains(Action.CART, Action.PURCHASE);
    }

    @Test
    void everyRatingFollowsAPurchaseOfTheSameProduct() {
        Map<String, Instant> firstPurchase = SMALL.interactions().stream()
                .filter(i -> i.action() == Action.PURCHASE)
                .collect(Collectors.toMap(i -> i.userId() + "/" + i.productId(), Interaction::at, (a, b) -> a));
        assertThat(SMALL.ratings()).isNotEmpty().allSatisfy(r -> assertThat(r.at())
                .isAfter(firstPurchase.get(r.userId() + "/" + r.productId())));
        assertThat(SMALL.ratings()).allSatisfy(r -> assertThat(r.comment()).isNotBlank());
    }

    @Test
    void productFiguresAgreeWithTheGeneratedViewsAndRatings() {
        Map<String, Long> views = SMALL.interactions().stream().filter(i -> i.action() == Action.VIEW)
                .collect(Collectors.groupingBy(Interaction::productId, Collectors.counting()));
        Map<String, List<Rating>> ratings = SMALL.ratings().stream()
                .collect(Collectors.groupingBy(Rating::productId));
        for (Product p : SMALL.products()) {
            assertThat(p.viewCount()).isEqualTo(views.getOrDefault(p.id(), 0L));
            List<Rating> mine = ratings.getOrDefault(p.id(), List.of());
            assertThat(p.ratingCount()).isEqualTo(mine.size());
            double avg = mine.stream().mapToInt(Rating::stars).average().orElse(0);
            assertThat(p.ratingAvg()).isCloseTo(avg, org.assertj.core.data.Offset.offset(1e-9));
        }
    }
}
