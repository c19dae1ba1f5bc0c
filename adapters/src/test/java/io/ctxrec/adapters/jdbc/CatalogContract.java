package io.ctxrec.adapters.jdbc;

import static io.ctxrec.domain.testdata.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.model.User;
import io.ctxrec.domain.port.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ProductCatalog and UserDirectory. */
abstract class CatalogContract extends DatabaseContract {

    @Test
    void findsAProductWithEveryFieldAsStored() {
        Product shoe = aProduct("p1").named("Trail shoe").priced("89.90").discounted(0.15)
                .withImage("https://img.example/p1.jpg").inCategory("shoes").ofBrand("acme").viewed(42)
                .rated(4.5, 2).build();
        givenProducts(shoe);

        assertThat(adapters.productCatalog().find("p1")).contains(shoe);
        assertThat(adapters.productCatalog().find("p2")).isEmpty();
    }

    @Test
    void findAllReturnsOnlyTheProductsThatExist() {
        givenProducts(aProduct("p1").build(), aProduct("p2").build(), aProduct("p3").build());

        assertThat(adapters.productCatalog().findAll(List.of("p3", "p1", "nope", "p1")))
                .extracting(Product::id).containsExactlyInAnyOrder("p1", "p3");
        assertThat(adapters.productCatalog().findAll(List.of())).isEmpty();
    }

    @Test
    void activeListsOnlyStatusS1OrderedById() {
        givenProducts(aProduct("p3").build(), aProduct("p1").build(), aProduct("p2").inactive().build());

        assertThat(adapters.productCatalog().active()).extracting(Product::id).containsExactly("p1", "p3");
        assertThat(adapters.productCatalog().all()).extracting(Product::id).containsExactly("p1", "p2", "p3");
    }

    @Test
    void idsSortByCodePointSoUpperCaseComesFirst() {
        givenProducts(aProduct("a1").build(), aProduct("B1").build(), aProduct("b1").build());

        assertThat(adapters.productCatalog().all()).extracting(Product::id).containsExactly("B1", "a1", "b1");
        assertThat(adapters.productCatalog().find("A1")).isEmpty();
    }

    @Test
    void pagesByIdWithTheTotalOfAllPages() {
        givenProducts(aProduct("p1").build(), aProduct("p2").build(), aProduct("p3").build(),
                aProduct("p4").build(), aProduct("p5").build());

        Page<Product> page = adapters.productCatalog().page(null, 1, 2);

        assertThat(page.items()).extracting(Product::id).containsExactly("p2", "p3");
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.offset()).isEqualTo(1);
        assertThat(page.limit()).isEqualTo(2);
        assertThat(adapters.productCatalog().page(null, 4, 10).items()).extracting(Product::id).containsExactly("p5");
    }

    @Test
    void pagesOneCategoryOnly() {
        givenProducts(aProduct("p1").inCategory("shoes").build(), aProduct("p2").inCategory("hats").build(),
                aProduct("p3").inCategory("shoes").build(), aProduct("p4").inCategory("shoes").build());

        Page<Product> page = adapters.productCatalog().page("shoes", 0, 2);

        assertThat(page.items()).extracting(Product::id).containsExactly("p1", "p3");
        assertThat(page.total()).isEqualTo(3);
        assertThat(adapters.productCatalog().page("socks", 0, 2).total()).isZero();
        assertThat(adapters.productCatalog().count()).isEqualTo(4);
    }

    @Test
    void rejectsANegativeOffsetAndAnEmptyPage() {
        assertThatThrownBy(() -> adapters.productCatalog().page(null, -1, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offset");
        assertThatThrownBy(() -> adapters.userDirectory().search(null, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
    }

    @Test
    void findsAUserById() {
        givenUsers("u1");

        assertThat(adapters.userDirectory().find("u1")).contains(new User("u1", "User u1"));
        assertThat(adapters.userDirectory().find("u2")).isEmpty();
    }

    @Test
    void searchesUsersByCaseSensitiveIdPrefix() {
        givenUsers("bob", "anna", "Anne", "ann", "al");

        Page<User> page = adapters.userDirectory().search("an", 0, 10);

        assertThat(page.items()).extracting(User::id).containsExactly("ann", "anna");
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void searchTreatsLikeWildcardsInThePrefixLiterally() {
        givenUsers("a_1", "ab1", "a%2", "a!3", "ax");

        assertThat(adapters.userDirectory().search("a_", 0, 10).items()).extracting(User::id).containsExactly("a_1");
        assertThat(adapters.userDirectory().search("a%", 0, 10).items()).extracting(User::id).containsExactly("a%2");
        assertThat(adapters.userDirectory().search("a!", 0, 10).items()).extracting(User::id).containsExactly("a!3");
    }

    @Test
    void searchWithoutPrefixPagesAllUsers() {
        givenUsers("u3", "u1", "u4", "u2");

        Page<User> page = adapters.userDirectory().search("", 1, 2);

        assertThat(page.items()).extracting(User::id).containsExactly("u2", "u3");
        assertThat(page.total()).isEqualTo(4);
        assertThat(adapters.userDirectory().search(null, 3, 2).items()).extracting(User::id).containsExactly("u4");
        assertThat(adapters.userDirectory().count()).isEqualTo(4);
    }
}
