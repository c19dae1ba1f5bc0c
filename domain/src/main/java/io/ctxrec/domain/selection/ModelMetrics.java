package io.ctxrec.domain.selection;

import java.util.LinkedHashMap;
import java.util.Map;

/** MAP@10 and precision@10 of one model, on one user's purchases or offline on the test split. */
public record ModelMetrics(double map, double precision) {

    public ModelMetrics {
        check(map, "map");
        check(precision, "precision");
    }

    /** {@code {"map@10": .., "precision@10": ..}}, the shape the API reports. */
    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("map@" + ModelSelectionPolicy.K, map);
        m.put("precision@" + ModelSelectionPolicy.K, precision);
        return m;
    }

    private static void check(double value, String field) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(field + " must be in [0, 1], was " + value);
        }
    }
}
