package io.ctxrec.domain.fallback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.ctxrec.domain.scoring.ModelName;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WeightProfileTest {

    @Test
    void defaultIsRating45AndTheRest15ExceptIntent10() {
        assertThat(WeightProfile.DEFAULT).isEqualTo(new WeightProfile(0.45, 0.15, 0.15, 0.15, 0.10));
    }

    @Test
    void eachModelHasItsOwnProfileSummingToOne() {
        Set<WeightProfile> distinct = new HashSet<>(Set.of(WeightProfile.DEFAULT));
        for (ModelName m : ModelName.values()) {
            WeightProfile p = WeightProfile.forModel(m.displayName());
            assertThat(p.rating() + p.ratingCount() + p.views() + p.discount() + p.purchaseIntent()).isCloseTo(1.0, within(1e-9));
            distinct.add(p);
        }
        assertThat(distinct).hasSize(5);
        assertThat(WeightProfile.forModel("ENCM").purchaseIntent()).isEqualTo(0.15);
    }

    @Test
    void nameMatchIgnoresCaseAndUnknownGetsDefault() {
        assertThat(WeightProfile.forModel("neumf")).isEqualTo(WeightProfile.forModel(ModelName.NEUMF));
        assertThat(WeightProfile.forModel("ItemPop")).isEqualTo(WeightProfile.DEFAULT);
        assertThat(WeightProfile.forModel((String) null)).isEqualTo(WeightProfile.DEFAULT);
    }

    @Test
    void givenNegativeWeightOrWrongSum_thenIllegalArgument() {
        assertThatThrownBy(() -> new WeightProfile(0.55, -0.05, 0.2, 0.2, 0.1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ratingCount");
        assertThatThrownBy(() -> new WeightProfile(0.4, 0.15, 0.15, 0.15, 0.10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum to 1");
    }
}
