package io.ctxrec.adapters.jdbc;

import static io.ctxrec.domain.testdata.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.model.Rating;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

abstract class RatingsContract extends DatabaseContract {

    @BeforeEach
    void givenShop() {
        givenUsers("u1", "u2", "u3");
        givenProducts(aProduct("p1").rated(4.0, 2).build(), aProduct("p2").build());
    }

    private static Rating rating(String user, String product, int stars, String at) {
        return new Rating(user, product, stars, "said " + stars, Instant.parse(at));
    }

    private Product product(String id) {
        return adapters.productCatalog().find(id).orElseThrow();
    }

    @Test
    void recordingFoldsTheStarsIntoTheProductsAverageAndCount() {
        adapters.ratings().record(rating("u1", "p1", 1, "2026-01-05T10:00:00Z"));

        // (4.0 * 2 + 1) / 3
        assertThat(product("p1").ratingAvg()).isEqualTo(3.0);
        assertThat(product("p1").ratingCount()).isEqualTo(3);
        assertThat(product("p2").ratingCount()).isZero();
    }

    @Test
    void averageOfAnUnratedProductIsTheMeanOfItsRatingsWithoutRounding() {
        adapters.ratings().record(rating("u1", "p2", 5, "2026-01-05T10:00:00Z"));
        adapters.ratings().record(rating("u2", "p2", 5, "2026-01-05T11:00:00Z"));
        adapters.ratings().record(rating("u3", "p2", 4, "2026-01-05T12:00:00Z"));

        assertThat(product("p2").ratingAvg()).isCloseTo(14.0 / 3, within(1e-12));
        assertThat(product("p2").ratingCount()).isEqualTo(3);
        assertThat(adapters.ratings().count()).isEqualTo(3);
    }

    @Test
    void ratingAnUnknownProductFailsAndChangesNothing() {
        assertThatThrownBy(() -> adapters.ratings().record(rating("u1", "p9", 5, "2026-01-05T10:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("product p9 does not exist");
        assertThat(adapters.ratings().count()).isZero();
    }

    @Test
    void ratingByAnUnknownUserFailsAndLeavesTheAverageAlone() {
        assertThatThrownBy(() -> adapters.ratings().record(rating("nobody", "p1", 1, "2026-01-05T10:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rating of nobody on p1");

        assertThat(product("p1").ratingAvg()).isEqualTo(4.0);
        assertThat(product("p1").ratingCount()).isEqualTo(2);
        assertThat(adapters.ratings().count()).isZero();
    }

    @Test
    void forProductListsTheNewestFirstUpToTheLimit() {
        Rating first = rating("u1", "p1", 3, "2026-01-05T10:00:00Z");
        Rating third = rating("u3", "p1", 5, "2026-01-07T10:00:00Z");
        Rating second = rating("u2", "p1", 4, "2026-01-06T10:00:00Z");
        adapters.ratings().record(first);
        adapters.ratings().record(third);
        adapters.ratings().record(second);
        adapters.ratings().record(rating("u1", "p2", 2, "2026-01-08T10:00:00Z"));

        assertThat(adapters.ratings().forProduct("p1", 2)).containsExactly(third, second);
    }

    @Test
    void forEachGivesEveryRatingInTheOrderStored() {
        List<Rating> stored = new ArrayList<>();
        for (int i = 0; i < JdbcRatings.PAGE + 3; i++) {
            stored.add(new Rating("u" + (1 + i % 3), i % 2 == 0 ? "p1" : "p2", 1 + i % 5, "",
                    Instant.parse("2026-01-05T10:00:00Z").minusSeconds(i)));
        }
        givenRatings(stored.toArray(Rating[]::new));

        List<Rating> seen = new ArrayList<>();
        adapters.ratings().forEach(seen::add);

        assertThat(seen).isEqualTo(stored);
    }
}
