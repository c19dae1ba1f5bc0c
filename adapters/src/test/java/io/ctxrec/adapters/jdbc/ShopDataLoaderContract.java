package io.ctxrec.adapters.jdbc;

import static io.ctxrec.domain.testdata.InteractionBuilder.anInteraction;
import static io.ctxrec.domain.testdata.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.model.Rating;
import io.ctxrec.domain.model.User;
import io.ctxrec.domain.port.ShopData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

abstract class ShopDataLoaderContract extends DatabaseContract {
    private static final Instant AT = Instant.parse("2026-01-05T10:00:00Z");

    private static ShopData shop(List<User> users, List<Product> products, List<Interaction> interactions,
                                 List<Rating> ratings) {
        return new ShopData(users, products, interactions, ratings);
    }

    @Test
    void aFreshDatabaseIsEmptyAndALoadedOneIsNot() {
        assertThat(adapters.shopDataLoader().isEmpty()).isTrue();

        adapters.shopDataLoader().load(shop(List.of(), List.of(aProduct("p1").build()), List.of(), List.of()));

        assertThat(adapters.shopDataLoader().isEmpty()).isFalse();
    }

    @Test
    void loadsUsersProductsInteractionsAndRatingsTogether() {
        List<Interaction> interactions = List.of(anInteraction().by("u1").on("p1").view(),
                anInteraction().by("u2").on("p2").purchase());
        adapters.shopDataLoader().load(shop(List.of(new User("u1", "Ann"), new User("u2", null)),
                List.of(aProduct("p1").build(), aProduct("p2").build()), interactions,
                List.of(new Rating("u1", "p1", 4, "fine", AT), new Rating("u2", "p1", 5, "", AT),
                        new Rating("u2", "p2", 2, "meh", AT))));

        assertThat(adapters.userDirectory().count()).isEqualTo(2);
        assertThat(adapters.userDirectory().find("u1")).contains(new User("u1", "Ann"));
        assertThat(adapters.productCatalog().count()).isEqualTo(2);
        assertThat(adapters.interactionHistory().count()).isEqualTo(2);
        assertThat(adapters.interactionHistory().forUser("u2")).containsExactlyElementsOf(interactions.subList(1, 2));
        assertThat(adapters.ratings().count()).isEqualTo(3);
        assertThat(adapters.productCatalog().find("p1").orElseThrow().ratingAvg()).isEqualTo(4.5);
        assertThat(adapters.productCatalog().find("p1").orElseThrow().ratingCount()).isEqualTo(2);
        assertThat(adapters.productCatalog().find("p2").orElseThrow().ratingAvg()).isEqualTo(2.0);
    }

    @Test
    void loadingAgainUpdatesExistingUsersAndProducts() {
        adapters.shopDataLoader().load(shop(List.of(new User("u1", "Ann")),
                List.of(aProduct("p1").named("Old").priced("10.00").build()), List.of(), List.of()));
        Product renamed = aProduct("p1").named("New").priced("12.50").discounted(0.2).inCategory("hats").inactive()
                .build();

        adapters.shopDataLoader().load(shop(List.of(new User("u1", "Anna")), List.of(renamed), List.of(), List.of()));

        assertThat(adapters.userDirectory().find("u1")).contains(new User("u1", "Anna"));
        assertThat(adapters.productCatalog().find("p1")).contains(renamed);
        assertThat(adapters.productCatalog().count()).isEqualTo(1);
    }

    @Test
    void loadedRatingsAddToTheAverageAProductArrivesWith() {
        adapters.shopDataLoader().load(shop(List.of(new User("u1", null)), List.of(aProduct("p1").rated(3.0, 3).build()),
                List.of(), List.of(new Rating("u1", "p1", 5, "", AT))));

        // (3.0 * 3 + 5) / 4
        assertThat(adapters.productCatalog().find("p1").orElseThrow().ratingAvg()).isEqualTo(3.5);
        assertThat(adapters.productCatalog().find("p1").orElseThrow().ratingCount()).isEqualTo(4);
    }

    /** The bad row sits in the third batch of interactions, after users, products and two full batches went in. */
    @Test
    void anInteractionOnAnUnknownProductLeavesTheDatabaseAsItWas() throws SQLException {
        Product before = aProduct("p1").named("Before").build();
        adapters.shopDataLoader().load(shop(List.of(new User("u1", "Ann")), List.of(before), List.of(), List.of()));
        List<Interaction> interactions = new ArrayList<>();
        for (int i = 0; i < 2 * Batches.SIZE + 10; i++) {
            interactions.add(anInteraction().by(i % 2 == 0 ? "u1" : "u2").on("p1").at(AT.plusSeconds(i)).view());
        }
        interactions.add(anInteraction().by("u1").on("ghost").view());

        ShopData bad = shop(List.of(new User("u1", "Changed"), new User("u2", null)),
                List.of(aProduct("p1").named("After").build(), aProduct("p2").build()), interactions, List.of());
        assertThatThrownBy(() -> adapters.shopDataLoader().load(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("loading shop data");

        assertUnchanged(before);
    }

    @Test
    void aRatingOfAnUnknownProductAfterEverythingElseLeavesTheDatabaseAsItWas() throws SQLException {
        Product before = aProduct("p1").named("Before").build();
        adapters.shopDataLoader().load(shop(List.of(new User("u1", "Ann")), List.of(before), List.of(), List.of()));
        ShopData bad = shop(List.of(new User("u1", "Changed"), new User("u2", null)),
                List.of(aProduct("p1").named("After").build(), aProduct("p2").build()),
                List.of(anInteraction().by("u2").on("p2").view()),
                List.of(new Rating("u2", "p2", 5, "", AT), new Rating("u2", "ghost", 5, "", AT)));

        assertThatThrownBy(() -> adapters.shopDataLoader().load(bad)).isInstanceOf(IllegalArgumentException.class);

        assertUnchanged(before);
    }

    @Test
    void aProductNameLongerThanItsColumnIsRefusedByName() {
        ShopData bad = shop(List.of(), List.of(aProduct("p1").named("n".repeat(256)).build()), List.of(), List.of());

        assertThatThrownBy(() -> adapters.shopDataLoader().load(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("product p1: name is longer than 255 characters");
        assertThat(adapters.shopDataLoader().isEmpty()).isTrue();
    }

    @Test
    void aPriceWithMoreThanTwoDecimalsIsRefusedRatherThanRounded() {
        ShopData bad = shop(List.of(), List.of(aProduct("p1").priced("9.999").build()), List.of(), List.of());

        assertThatThrownBy(() -> adapters.shopDataLoader().load(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("p1: price has more than 2 decimals");
    }

    private void assertUnchanged(Product before) throws SQLException {
        assertThat(adapters.userDirectory().count()).isEqualTo(1);
        assertThat(adapters.userDirectory().find("u1")).contains(new User("u1", "Ann"));
        assertThat(adapters.productCatalog().all()).containsExactly(before);
        assertThat(adapters.interactionHistory().count()).isZero();
        assertThat(rows("comments")).isZero();
    }
}
