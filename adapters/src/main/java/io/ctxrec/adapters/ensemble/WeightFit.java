package io.ctxrec.adapters.ensemble;

import io.ctxrec.domain.scoring.ModelName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Chooses the ensemble's weights on the validation split: every point of a grid over the weight simplex
 * (each weight a multiple of {@code 1 / parts}, summing to 1) is scored by the validation quality of the
 * weighted mean of the members' rank-normalised scores, and the best wins. The grid's corners, each member
 * alone, come first and a later point must beat the best so far, so the ensemble is never worse than its
 * best member on validation and is that member alone unless a mix is measurably better.
 */
final class WeightFit {
    /** Tenths for up to five members; coarser beyond, so the grid stays at most this many points. */
    static final int MOST_POINTS = 1_001;
    private static final int[] PARTS = {10, 5, 4, 2, 1};

    private WeightFit() {
    }

    /**
     * @param validation member to its validation scores, one row per case, the same cases and candidates for
     *                   every member; without cases every member gets the same weight
     */
    static EnsembleWeights fit(Map<ModelName, float[][]> validation, ToDoubleFunction<float[][]> quality) {
        List<ModelName> models = List.copyOf(validation.keySet());
        if (models.isEmpty()) {
            throw new IllegalArgumentException("an ensemble needs at least one member");
        }
        int cases = validation.get(models.get(0)).length;
        if (cases == 0) {
            return EnsembleWeights.equal(models);
        }
        List<float[][]> ranks = new ArrayList<>();
        for (ModelName model : models) {
            float[][] rows = validation.get(model);
            if (rows.length != cases) {
                throw new IllegalArgumentException(model + " scored " + rows.length + " validation cases, "
                        + models.get(0) + " " + cases);
            }
            float[][] ranked = new float[cases][];
            for (int c = 0; c < cases; c++) {
                ranked[c] = RankNormalisation.of(rows[c]);
            }
            ranks.add(ranked);
        }
        float[][] mixed = new float[cases][];
        for (int c = 0; c < cases; c++) {
            mixed[c] = new float[ranks.get(0)[c].length];
        }
        int[] best = null;
        double bestQuality = Double.NEGATIVE_INFINITY;
        int parts = parts(models.size());
        for (int[] point : grid(models.size(), parts)) {
            mix(ranks, point, parts, mixed);
            double q = quality.applyAsDouble(mixed);
            if (q > bestQuality) {
                bestQuality = q;
                best = point;
            }
        }
        Map<ModelName, Double> weights = new LinkedHashMap<>();
        for (int m = 0; m < models.size(); m++) {
            weights.put(models.get(m), best[m] / (double) parts);
        }
        return new EnsembleWeights(weights);
    }

    /** The finest of {@link #PARTS} whose grid over {@code members} has at most {@link #MOST_POINTS} points. */
    static int parts(int members) {
        for (int parts : PARTS) {
            if (points(members, parts) <= MOST_POINTS) {
                return parts;
            }
        }
        return 1;
    }

    // C(parts + members - 1, members - 1): the ways to share parts among members.
    private static long points(int members, int parts) {
        long c = 1;
        for (int i = 1; i < members; i++) {
            c = c * (parts + i) / i;
        }
        return c;
    }

    /** Every way to share {@code parts} among {@code members}: the corners first, then the rest. */
    static List<int[]> grid(int members, int parts) {
        List<int[]> corners = new ArrayList<>();
        List<int[]> rest = new ArrayList<>();
        share(new int[members], 0, parts, corners, rest);
        corners.addAll(rest);
        return corners;
    }

    private static void share(int[] point, int at, int left, List<int[]> corners, List<int[]> rest) {
        if (at == point.length - 1) {
            point[at] = left;
            boolean corner = java.util.Arrays.stream(point).filter(p -> p > 0).count() == 1;
            (corner ? corners : rest).add(point.clone());
            return;
        }
        for (int p = left; p >= 0; p--) {
            point[at] = p;
            share(point, at + 1, left - p, corners, rest);
        }
    }

    private static void mix(List<float[][]> ranks, int[] point, int parts, float[][] mixed) {
        for (float[] row : mixed) {
            java.util.Arrays.fill(row, 0);
        }
        for (int m = 0; m < point.length; m++) {
            if (point[m] == 0) {
                continue;
            }
            float w = point[m] / (float) parts;
            float[][] member = ranks.get(m);
            for (int c = 0; c < mixed.length; c++) {
                float[] row = mixed[c];
                float[] r = member[c];
                for (int i = 0; i < row.length; i++) {
                    row[i] += w * r[i];
                }
            }
        }
    }
}
