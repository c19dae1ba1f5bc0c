package io.ctxrec.adapters.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ctxrec.domain.family.ModelFamily.SavedModel;
import io.ctxrec.domain.scoring.CombiningModel;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.domain.scoring.ScoringModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnsembleFamilyTest {
    private static final ModelName A = ModelName.of("A");
    private static final ModelName B = ModelName.of("B");

    @TempDir
    Path folder;

    private record Constant(ModelName name, float value) implements ScoringModel {
        @Override
        public String version() {
            return "v1";
        }

        @Override
        public float[] score(int user, int[] items, int[] context) {
            float[] scores = new float[items.length];
            for (int i = 0; i < items.length; i++) {
                scores[i] = value * items[i];
            }
            return scores;
        }
    }

    @Test
    void fitsSavesAndReadsBackTheWeightsOverTheVersionsMembers() {
        EnsembleFamily family = new EnsembleFamily();
        Map<ModelName, float[][]> validation = new LinkedHashMap<>();
        validation.put(A, new float[][] {{1f, 0f, 0.5f}});  // the positive first: A is right
        validation.put(B, new float[][] {{0f, 1f, 0.5f}});

        Map<ModelName, Double> weights = family.fit("v1", validation, rows -> rows[0][0] > rows[0][1] ? 1 : 0, folder);

        assertThat(weights).containsExactly(Map.entry(A, 1.0), Map.entry(B, 0.0));
        SavedModel saved = family.load(folder, "v1", Map.of(A, SavedModel.of(new Constant(A, 1)),
                B, SavedModel.of(new Constant(B, -1)))).orElseThrow();
        assertThat(saved.serving()).isInstanceOf(CombiningModel.class);
        assertThat(saved.serving().name()).isEqualTo(EnsembleFamily.NAME);
        assertThat(((CombiningModel) saved.serving()).members()).containsExactly(A);
        assertThat(saved.serving().score(0, new int[] {2, 0, 1}, null)).containsExactly(1f, 0f, 0.5f);
        assertThat(EnsembleFamily.weightsOf(saved.serving())).isEqualTo(weights);
    }

    @Test
    void aVersionWithoutTheFileHasNoEnsembleAndAnotherVersionsFileIsRefused() throws Exception {
        EnsembleFamily family = new EnsembleFamily();
        assertThat(family.load(folder, "v1", Map.of())).isEmpty();

        Files.writeString(folder.resolve(EnsembleFamily.FILE), "version=v0\nA=1.0\n");
        assertThatThrownBy(() -> family.load(folder, "v1", Map.of(A, SavedModel.of(new Constant(A, 1)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not of version v1");
        Files.writeString(folder.resolve(EnsembleFamily.FILE), "version=v1\nA=lots\n");
        assertThatThrownBy(() -> family.load(folder, "v1", Map.of(A, SavedModel.of(new Constant(A, 1)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2: expected model=weight");
    }
}
