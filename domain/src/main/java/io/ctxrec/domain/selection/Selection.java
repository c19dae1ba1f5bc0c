package io.ctxrec.domain.selection;

import java.util.Map;
import java.util.Objects;

/**
 * The model chosen for one user, the rule that chose it and each candidate's metrics on the user's
 * purchases (empty when the user has bought nothing, as there is nothing to measure against).
 */
public record Selection(String winner, SelectionRule rule, Map<String, ModelMetrics> metrics) {
    public Selection {
        Objects.requireNonNull(winner, "winner");
        Objects.requireNonNull(rule, "rule");
        metrics = Map.copyOf(metrics);
    }
}
