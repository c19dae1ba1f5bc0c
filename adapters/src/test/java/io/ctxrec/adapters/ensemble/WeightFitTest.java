package io.ctxrec.adapters.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ctxrec.domain.scoring.ModelName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class WeightFitTest {
    private static final ModelName A = ModelName.of("A");
    private static final ModelName B = ModelName.of("B");
    private static final ModelName C = ModelName.of("C");
    private static final int CASES = 50;
    private static final int CANDIDATES = 20;

    /** Hit rate at 3, ties counted against the positive (index 0 of each row), as the evaluator counts them. */
    private static final ToDoubleFunction<float[][]> HITS_AT_3 = rows -> {
        double hits = 0;
        for (float[] row : rows) {
            int rank = 1;
            for (int i = 1; i < row.length; i++) {
                rank += row[i] >= row[0] ? 1 : 0;
            }
            hits += rank <= 3 ? 1 : 0;
        }
        return hits / rows.length;
    };

    @Test
    void aMemberPerfectOnValidationGetsAllTheWeight() {
        Map<ModelName, float[][]> validation = new LinkedHashMap<>();
        validation.put(A, random(1));
        validation.put(B, perfect(2));
        validation.put(C, random(3));

        EnsembleWeights weights = WeightFit.fit(validation, HITS_AT_3);

        assertThat(weights.all()).containsExactly(Map.entry(A, 0.0), Map.entry(B, 1.0), Map.entry(C, 0.0));
        assertThat(weights.members()).containsExactly(B);
    }

    @Test
    void twoMembersWrongInDifferentWaysAreMixed() {
        // Each ranks the positive 4th, under three negatives the other ranks lowest: alone neither hits at 3,
        // mixed the positive is the only candidate both rank high
        float[][] a = new float[CASES][];
        float[][] b = new float[CASES][];
        for (int c = 0; c < CASES; c++) {
            a[c] = fourth(1, 4);
            b[c] = fourth(4, 1);
        }
        Map<ModelName, float[][]> validation = new LinkedHashMap<>();
        validation.put(A, a);
        validation.put(B, b);

        EnsembleWeights weights = WeightFit.fit(validation, HITS_AT_3);

        assertThat(HITS_AT_3.applyAsDouble(a)).isZero();
        assertThat(HITS_AT_3.applyAsDouble(b)).isZero();
        assertThat(weights.of(A)).isStrictlyBetween(0.0, 1.0);
        assertThat(weights.of(A) + weights.of(B)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        float[][] combined = new float[CASES][CANDIDATES];
        for (int c = 0; c < CASES; c++) {
            float[] ra = RankNormalisation.of(a[c]);
            float[] rb = RankNormalisation.of(b[c]);
            for (int i = 0; i < CANDIDATES; i++) {
                combined[c][i] = (float) (weights.of(A) * ra[i] + weights.of(B) * rb[i]);
            }
        }
        assertThat(HITS_AT_3.applyAsDouble(combined)).isEqualTo(1.0);
    }

    @Test
    void aTieKeepsTheFirstBestMemberAlone() {
        Map<ModelName, float[][]> validation = new LinkedHashMap<>();
        validation.put(A, perfect(1));
        validation.put(B, perfect(2));

        assertThat(WeightFit.fit(validation, HITS_AT_3).all()).containsExactly(Map.entry(A, 1.0), Map.entry(B, 0.0));
    }

    @Test
    void withoutValidationCasesEveryMemberWeighsTheSame() {
        Map<ModelName, float[][]> validation = new LinkedHashMap<>();
        validation.put(A, new float[0][]);
        validation.put(B, new float[0][]);

        assertThat(WeightFit.fit(validation, HITS_AT_3).all()).containsExactly(Map.entry(A, 0.5), Map.entry(B, 0.5));
    }

    @Test
    void theGridHasEveryCornerFirstAndStaysSmall() {
        List<int[]> grid = WeightFit.grid(3, 10);
        assertThat(grid).hasSize(66);
        assertThat(grid.subList(0, 3)).containsExactly(new int[] {10, 0, 0}, new int[] {0, 10, 0}, new int[] {0, 0, 10});
        assertThat(grid).allSatisfy(p -> assertThat(p[0] + p[1] + p[2]).isEqualTo(10));
        assertThat(WeightFit.parts(5)).isEqualTo(10);
        assertThat(WeightFit.parts(6)).isEqualTo(5);
        assertThat(WeightFit.grid(8, WeightFit.parts(8))).hasSizeLessThanOrEqualTo(WeightFit.MOST_POINTS);
    }

    @Test
    void membersMustScoreTheSameCases() {
        Map<ModelName, float[][]> validation = new LinkedHashMap<>();
        validation.put(A, random(1));
        validation.put(B, new float[3][CANDIDATES]);

        assertThatThrownBy(() -> WeightFit.fit(validation, HITS_AT_3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("B scored 3 validation cases");
    }

    private static float[][] random(long seed) {
        Random random = new Random(seed);
        float[][] rows = new float[CASES][CANDIDATES];
        for (float[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                row[i] = random.nextFloat();
            }
            row[0] = Math.min(row[0], 0.05f); // the positive near the bottom: hardly ever a hit
        }
        return rows;
    }

    private static float[][] perfect(long seed) {
        float[][] rows = random(seed);
        for (float[] row : rows) {
            row[0] = 2f;
        }
        return rows;
    }

    /** The positive (index 0) 4th, under negatives {@code top..top+2}; negatives {@code bottom..bottom+2} lowest. */
    private static float[] fourth(int top, int bottom) {
        float[] row = new float[CANDIDATES];
        for (int i = 1; i < row.length; i++) {
            row[i] = 10 + i;
        }
        for (int j = 0; j < 3; j++) {
            row[top + j] = 100 - j;
            row[bottom + j] = j;
        }
        row[0] = 97;
        return row;
    }
}
