package io.ctxrec.adapters.dl4j;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.ctxrec.domain.scoring.ModelName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;

/**
 * The saved artifacts of one model in one directory: {@code {model}_model.zip} (configuration, weights and
 * updater state, so training can continue) and {@code {model}_config.json} ({@link SavedModelInfo}, the
 * item feature table included, so a loaded model scores exactly as the saved one did).
 * Each file is written to a temporary name and moved into place, so a reader never sees half a file.
 */
public final class ModelFiles {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path directory;
    private final ModelName model;

    public ModelFiles(Path directory, ModelName model) {
        this.directory = directory;
        this.model = model;
    }

    public Path modelFile() {
        return directory.resolve(model.displayName() + "_model.zip");
    }

    public Path configFile() {
        return directory.resolve(model.displayName() + "_config.json");
    }

    public boolean exists() {
        return Files.isRegularFile(modelFile()) && Files.isRegularFile(configFile());
    }

    public void save(String version, ComputationGraph graph, ModelConfig config) {
        save(new Dl4jScoringModel(model, version, graph, config));
    }

    public void save(Dl4jScoringModel scoring) {
        save(scoring, java.util.Map.of());
    }

    /** Saves the model, with {@code training} (what the run records about it) in its config JSON. */
    public void save(Dl4jScoringModel scoring, java.util.Map<String, Object> training) {
        if (!scoring.name().equals(model)) {
            throw new IllegalArgumentException("cannot save " + scoring.name().displayName() + " as " + model.displayName());
        }
        String version = scoring.version();
        ComputationGraph graph = scoring.graph();
        SavedModelInfo info = new SavedModelInfo(model.displayName(), version, ModelArchitectures.parameterCount(graph),
                scoring.config(), scoring.itemFeature().orElse(null), training);
        try {
            Files.createDirectories(directory);
            Path zip = Files.createTempFile(directory, model.displayName(), ".zip.tmp");
            ModelSerializer.writeModel(graph, zip.toFile(), true);
            Files.move(zip, modelFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Path json = Files.createTempFile(directory, model.displayName(), ".json.tmp");
            JSON.writeValue(json.toFile(), info);
            Files.move(json, configFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + model.displayName() + " to " + directory, e);
        }
    }

    public SavedModelInfo readInfo() {
        try {
            SavedModelInfo info = JSON.readValue(configFile().toFile(), SavedModelInfo.class);
            if (!model.displayName().equals(info.model())) {
                throw new IllegalArgumentException(configFile() + " holds model " + info.model() + ", expected "
                        + model.displayName());
            }
            return info;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + configFile(), e);
        }
    }

    /** The saved graph with its updater state, ready to score or to continue training. */
    public ComputationGraph loadGraph() {
        try {
            return ModelSerializer.restoreComputationGraph(modelFile().toFile(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + modelFile(), e);
        }
    }

    public Dl4jScoringModel load() {
        SavedModelInfo info = readInfo();
        return new Dl4jScoringModel(model, info.version(), loadGraph(), info.config(), info.itemFeature());
    }
}
