package io.ctxrec.routes.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ctxrec.app.ServiceGraphFixture;
import io.ctxrec.domain.model.Product;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fallback weights are configuration: a value set in the environment reaches the fallback's ranking. */
class ConfiguredFallbackWeightsTest extends RecommendationTestSupport {
    private String user;

    @Override
    ServingShop shop() {
        return ServingShop.untrained();
    }

    @Override
    ServiceGraphFixture service() {
        // discount alone, instead of the packaged 45 % rating, 15 % rating count, views and discount, 10 % intent
        return super.service().environment("CTXREC_FALLBACK_WEIGHTS_DEFAULT", "0,0,0,1,0");
    }

    @AfterEach
    void forgetTheList() {
        if (user != null) {
            shop.jdbc.recommendationCache().clear(user); // the shop is shared with NoTrainedModelTest
        }
    }

    @Test
    void givenDiscountOnlyWeights_thenEveryFallbackScoreIsTheScaledDiscount() {
        context.start();
        user = shop.buyer(1, 1);
        List<Product> onSale = shop.jdbc.productCatalog().active();
        Map<String, Double> discountOf = onSale.stream().collect(Collectors.toMap(Product::id, Product::discount));
        double min = onSale.stream().mapToDouble(Product::discount).min().orElseThrow();
        double max = onSale.stream().mapToDouble(Product::discount).max().orElseThrow();
        assertThat(max).as("the shop's discounts tell products apart").isGreaterThan(min);

        RecommendationResponse r = init(user, 20);

        assertThat(r.source()).isEqualTo("fallback");
        assertThat(r.model()).isEqualTo("heuristic");
        assertThat(r.items()).hasSize(20).allSatisfy(p -> assertThat(p.score())
                .isCloseTo((discountOf.get(p.id()) - min) / (max - min), within(1e-12)));
    }
}
