package io.ctxrec.domain.port;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One online scoring run, for the {@code model_runs} log: the winning model, every model's metrics
 * for this user (model name to metric name to value) and the list returned.
 */
public record ModelRun(String userId, String modelName, String modelVersion,
                       Map<String, Map<String, Double>> metrics, List<RecommendedItem> items, Instant at) {
    public ModelRun {
        metrics = Map.copyOf(metrics);
        items = List.copyOf(items);
    }
}
