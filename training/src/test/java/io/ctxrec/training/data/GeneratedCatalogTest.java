package io.ctxrec.training.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.model.Product;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GeneratedCatalogTest {
    private static final List<Product> PRODUCTS = new ShopGenerator()
            .generate(GeneratorSettings.small().withSize(100, 2_000, 0)).products();

    @Test
    void spreadsProductsOverTheTenNamedCategories() {
        assertThat(PRODUCTS).extracting(Product::category).containsOnly("electronics", "books", "fashion",
                "home", "sports", "beauty", "toys", "grocery", "garden", "outdoor");
    }

    @Test
    void namesFurtherCategoriesWhenMoreAreAsked() {
        GeneratorSettings twelve = new GeneratorSettings(10, 500, 0, 12, 12, 1L, 3, 2,
                GeneratorSettings.small().start(), 30);
        Set<String> categories = new ShopGenerator().generate(twelve).products().stream()
                .map(Product::category).collect(Collectors.toSet());
        assertThat(categories).contains("music", "pets").hasSize(12);
    }

    @Test
    void everyBrandSellsInOneOrTwoCategories() {
        Map<String, Set<String>> categoriesByBrand = PRODUCTS.stream().collect(Collectors.groupingBy(
                Product::brand, Collectors.mapping(Product::category, Collectors.toSet())));
        assertThat(categoriesByBrand).hasSize(30);
        assertThat(categoriesByBrand.values()).allSatisfy(c -> assertThat(c).hasSizeBetween(1, 2));
    }

    @Test
    void namesStartWithTheBrandAndEndWithAModelNumber() {
        assertThat(PRODUCTS).allSatisfy(p -> assertThat(p.name()).startsWith(p.brand() + " ").matches(".* \\d{3}"));
    }

    @Test
    void mostProductsAreActiveAndUndiscountedButSomeAreNot() {
        long inactive = PRODUCTS.stream().filter(p -> "S0".equals(p.status())).count();
        long discounted = PRODUCTS.stream().filter(p -> p.discount() > 0).count();
        assertThat(inactive).isBetween(20L, 120L);
        assertThat(discounted).isBetween(400L, 800L);
        assertThat(PRODUCTS).filteredOn(p -> p.discount() > 0)
                .allSatisfy(p -> assertThat(p.discount()).isBetween(0.05, 0.5));
    }

    @Test
    void pricesArePositiveShelfPricesAndElectronicsCostMoreThanGroceries() {
        assertThat(PRODUCTS).allSatisfy(p -> {
            assertThat(p.price()).isPositive();
            assertThat(p.price().remainder(BigDecimal.ONE)).isEqualByComparingTo("0.99");
        });
        assertThat(median("electronics")).isGreaterThan(median("grocery").multiply(BigDecimal.TEN));
    }

    @Test
    void demoProductsHaveTheirCategorysPictureFromTheServiceItselfSoNothingIsFetchedFromOutside() {
        assertThat(PRODUCTS).allSatisfy(p -> assertThat(p.imageUrl())
                .isEqualTo("/images/categories/" + p.category().replaceAll("[^a-z0-9]+", "-") + ".svg"));
    }

    private static BigDecimal median(String category) {
        List<BigDecimal> prices = PRODUCTS.stream().filter(p -> p.category().equals(category))
                .map(Product::price).sorted().toList();
        return prices.get(prices.size() / 2);
    }
}
