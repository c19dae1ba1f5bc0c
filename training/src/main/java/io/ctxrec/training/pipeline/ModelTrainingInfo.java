package io.ctxrec.training.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.ctxrec.adapters.dl4j.ModelConfig;
import io.ctxrec.training.dataset.PreparedDataset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code training} section of {@code {Model}_config.json}: the config in snake_case plus what the
 * model config lacks (the total context indexes, the feature names and the dataset's counts).
 */
final class ModelTrainingInfo {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private ModelTrainingInfo() {
    }

    static Map<String, Object> of(String model, String version, ModelConfig c, PreparedDataset data) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("model", model);
        info.put("version", version);
        info.put("n_users", c.nUsers());
        info.put("n_items", c.nItems());
        info.put("n_contexts", data.nContexts());
        info.put("context_features", data.featureNames());
        info.put("context_sizes", c.contextSizes());
        info.put("embedding_dim", c.embeddingDim());
        info.put("hidden_dims", c.hiddenDims());
        info.put("learning_rate", c.learningRate());
        info.put("l2", c.l2());
        info.put("epochs", c.epochs());
        info.put("batch_size", c.batchSize());
        info.put("negatives_per_positive", c.negativesPerPositive());
        info.put("negative_alpha", c.negativeAlpha());
        info.put("seed", c.seed());
        info.put("split_protocol", data.settings().protocol().code());
        info.put("data_counts", JSON.convertValue(data.counts(), Map.class));
        return info;
    }
}
