package io.ctxrec.routes.scoring;

import io.ctxrec.domain.selection.ModelMetrics;
import io.ctxrec.training.pipeline.ModelResult;
import io.ctxrec.training.pipeline.ResultsCsv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The MAP@10 and precision@10 per trained model in a version's {@code training_results.csv}. */
final class OfflineMetrics {
    private OfflineMetrics() {
    }

    /** Model name to metrics; a model with an empty cell is left out, a version without the file has none. */
    static Map<String, ModelMetrics> read(Path versionFolder) {
        Path file = versionFolder.resolve(ResultsCsv.FILE_NAME);
        Map<String, ModelMetrics> metrics = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return metrics;
        }
        for (Map<String, String> row : ResultsCsv.read(file)) {
            String map = row.get("map");
            String precision = row.get("precision");
            if (!ModelResult.ITEM_POP.equals(row.get("model")) && !map.isEmpty() && !precision.isEmpty()) {
                metrics.put(row.get("model"), new ModelMetrics(Double.parseDouble(map), Double.parseDouble(precision)));
            }
        }
        return metrics;
    }
}
