package io.ctxrec.routes.api;

import io.ctxrec.domain.port.ModelVersion;
import io.ctxrec.domain.port.ModelVersions;
import io.ctxrec.training.pipeline.ResultsCsv;
import io.ctxrec.training.pipeline.TrainingRunner;
import io.ctxrec.training.pipeline.VersionFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/models}: the active version, each model's offline metrics, loss curve, the epoch early
 * stopping chose and the validation curve it chose on (from the version's {@code training_results.csv}), the last ten runs and the running training's progress.
 */
public class ModelsReport {
    static final int RECENT_RUNS = 10;

    private final ModelVersions versions;
    private final VersionFolders folders;
    private final TrainingRunner runner;

    public ModelsReport(ModelVersions versions, Path dataDir, TrainingRunner runner) {
        this.versions = versions;
        this.folders = new VersionFolders(dataDir);
        this.runner = runner;
    }

    public Map<String, Object> report() {
        Map<String, Object> report = new LinkedHashMap<>();
        String active = versions.active().map(ModelVersion::version).orElse(null);
        report.put("activeVersion", active);
        report.put("models", active == null ? List.of() : models(folders.folder(active).resolve(ResultsCsv.FILE_NAME)));
        report.put("runs", versions.recent(RECENT_RUNS));
        report.put("training", runner.status());
        return report;
    }

    private static List<Map<String, Object>> models(Path results) {
        if (!Files.isRegularFile(results)) {
            return List.of();
        }
        return ResultsCsv.read(results).stream().map(ModelsReport::model).toList();
    }

    private static Map<String, Object> model(Map<String, String> row) {
        Map<String, Object> metrics = new LinkedHashMap<>();
        row.forEach((column, cell) -> {
            if (!column.equals("model") && !column.endsWith("_curve") && !column.equals("best_epoch")
                    && !cell.isEmpty()) {
                metrics.put(column, Double.parseDouble(cell));
            }
        });
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("model", row.get("model"));
        model.put("metrics", metrics);
        model.put("lossCurve", curve(row.get("loss_curve")));
        String best = row.get("best_epoch");
        model.put("bestEpoch", best.isEmpty() ? null : Integer.valueOf(best));
        model.put("validationCurve", curve(row.get("validation_curve")));
        return model;
    }

    private static List<Double> curve(String cell) {
        return cell.isEmpty() ? List.of() : Arrays.stream(cell.split(";")).map(Double::valueOf).toList();
    }
}
