package io.ctxrec.domain.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ctxrec.domain.encoding.EncoderSet;
import io.ctxrec.domain.fallback.WeightProfile;
import io.ctxrec.domain.scoring.ModelName;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelFamiliesTest {
    private static final ModelFamilies TWO = ModelFamilies.of(List.of(family("BMF"), family("NeuMF")));

    @Test
    void namesAreEqualIgnoringCaseAndKeepTheirSpelling() {
        assertThat(ModelName.of("neumf")).isEqualTo(ModelName.NEUMF).hasSameHashCodeAs(ModelName.NEUMF);
        assertThat(ModelName.NEUMF.displayName()).isEqualTo("NeuMF");
        assertThat(ModelName.NEUMF.key()).isEqualTo("neumf");
        assertThat(ModelName.of("Popularity")).isNotEqualTo(ModelName.BMF);
    }

    @Test
    void aNameIsLettersAndDigitsBecauseItBecomesAFileNameAndARouteId() {
        for (String bad : new String[] {"", " ", "1BMF", "BM F", "../BMF", "bmf-2"}) {
            assertThatThrownBy(() -> ModelName.of(bad)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> ModelName.of(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void registersFamiliesInOrderAndOneMoreComesLast() {
        ModelFamilies three = TWO.with(family("Popularity"));

        assertThat(TWO.names()).containsExactly(ModelName.BMF, ModelName.NEUMF);
        assertThat(three.names()).containsExactly(ModelName.BMF, ModelName.NEUMF, ModelName.of("Popularity"));
        assertThat(three.get(ModelName.of("popularity")).colour()).isEqualTo("#popularity");
    }

    @Test
    void refusesASecondFamilyOfTheSameName() {
        assertThatThrownBy(() -> TWO.with(family("neumf"))).hasMessageContaining("named neumf is registered already");
    }

    @Test
    void parsesRegisteredNamesIgnoringCaseAndNamesTheChoicesOtherwise() {
        assertThat(TWO.parse(" NEUMF ")).isEqualTo(ModelName.NEUMF);
        assertThat(TWO.parse("neumf").displayName()).isEqualTo("NeuMF");
        assertThatThrownBy(() -> TWO.parse("ENCM")).hasMessage("model must be one of BMF, NeuMF, was 'ENCM'");
        assertThatThrownBy(() -> TWO.get(ModelName.ENCM)).hasMessageContaining("no model family ENCM");
    }

    @Test
    void aBlankListMeansEveryRegisteredFamily() {
        assertThat(TWO.parseList(" ")).containsExactly(ModelName.BMF, ModelName.NEUMF);
        assertThat(TWO.parseList("neumf, BMF,NeuMF")).containsExactly(ModelName.NEUMF, ModelName.BMF);
    }

    private static ModelFamily family(String name) {
        return new ModelFamily() {
            @Override
            public ModelName name() {
                return ModelName.of(name);
            }

            @Override
            public String colour() {
                return "#" + name.toLowerCase();
            }

            @Override
            public Optional<WeightProfile> fallbackWeights() {
                return Optional.empty();
            }

            @Override
            public Optional<SavedModel> load(Path folder, String version, EncoderSet encoders) {
                return Optional.empty();
            }
        };
    }
}
