package io.ctxrec.training.pipeline;

import io.ctxrec.adapters.artifacts.EncoderFiles;
import io.ctxrec.adapters.artifacts.ItemPopularityFile;
import io.ctxrec.adapters.artifacts.ResultsCsv;
import io.ctxrec.adapters.dl4j.Dl4jScoringModel;
import io.ctxrec.adapters.dl4j.ModelFiles;
import io.ctxrec.training.dataset.DatasetSummary;
import io.ctxrec.training.dataset.PreparedDataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the files of one version into its folder: per model {@code {Model}_model.zip},
 * {@code {Model}_config.json}; then {@code encoders.json},
 * {@code training_results.csv}, {@code item_popularity.csv} (what the models' popularity blends add) and
 * {@code dataset.txt}.
 */
final class VersionArtifacts {
    static final String DATASET_FILE = "dataset.txt";

    private final Path folder;
    private final String version;

    VersionArtifacts(Path folder, String version) {
        this.folder = folder;
        this.version = version;
    }

    void writeModel(TrainedModel model, Dl4jScoringModel scoring, PreparedDataset data) {
        String name = model.name().displayName();
        new ModelFiles(folder, model.name()).save(scoring, ModelTrainingInfo.of(name, version, model.config(), data));
    }

    void writeRun(PreparedDataset data, List<ModelResult> results) {
        EncoderFiles.write(folder.resolve(EncoderFiles.FILE_NAME), data.encoders());
        ResultsCsv.write(folder.resolve(ResultsCsv.FILE_NAME), results.stream().map(ModelResult::offline).toList());
        ItemPopularityFile.write(folder.resolve(ItemPopularityFile.FILE_NAME), data.popularity().counts());
        try {
            Files.writeString(folder.resolve(DATASET_FILE), DatasetSummary.of(data) + System.lineSeparator(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.resolve(DATASET_FILE), e);
        }
    }
}
