package io.ctxrec.routes.api;

import io.ctxrec.domain.family.ModelFamilies;
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
 * {@code GET /api/models}: the registered model families (name and colour, for the page), the active version, each model's offline metrics and loss curve (from the
 * version's {@code training_results.csv}), the last ten runs and the running training's progress.
 */
public class ModelsReport {
    static final int RECENT_RUNS = 10;

    private final ModelVersions versions;
    private final VersionFolders folders;
    private final TrainingRunner runner;
    private final List<Map<String, String>> families;

    public ModelsReport(ModelVersions versions, Path dataDir, TrainingRunner runner, ModelFamilies families) {
        this.versions = versions;
        this.folders = new VersionFolders(dataDir);
        this.runner = runner;
        this.families = families.all().stream()
                .map(f -> Map.of("name", f.name().displayName(), "colour", f.colour())).toList();
    }

    public Map<String, Object> report() {
        Map<String, Object> report = new LinkedHashMap<>();
        String active = versions.active().map(ModelVersion::version).orElse(null);
        report.put("activeVersion", active);
        report.put("models", active == null ? List.of() : models(folders.folder(active).resolve(ResultsCsv.FILE_NAME)));
        report.put("runs", versions.recent(RECENT_RUNS));
        report.put("training", runner.status());
        report.put("families", families);
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
            if (!column.equals("model") && !column.equals("loss_curve") && !cell.isEmpty()) {
                metrics.put(column, Double.parseDouble(cell));
            }
        });
        String curve = row.get("loss_curve");
        List<Double> loss = curve.isEmpty() ? List.of() : Arrays.stream(curve.split(";")).map(Double::valueOf).toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("model", row.get("model"));
        model.put("metrics", metrics);
        model.put("lossCurve", loss);
        return model;
    }
}
