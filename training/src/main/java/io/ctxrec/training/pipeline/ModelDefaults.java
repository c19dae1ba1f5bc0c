package io.ctxrec.training.pipeline;

import io.ctxrec.adapters.dl4j.ModelConfig;
import io.ctxrec.domain.scoring.ModelName;
import java.util.List;

/**
 * Each model's default hyperparameters. The embedding size, learning rate and L2 were chosen on the
 * demo shop ({@code GeneratorSettings.small()}); BMF has no hidden layers and a higher rate because
 * a dot product learns slower than an MLP from the same small initial embeddings.
 */
public final class ModelDefaults {
    public static final int DEFAULT_EPOCHS = 10;
    public static final int MAX_EPOCHS = 50;
    public static final int DEFAULT_BATCH_SIZE = 1024;
    public static final List<Integer> HIDDEN_DIMS = List.of(64, 32);

    private ModelDefaults() {
    }

    /**
     * The model's config for a dataset of the given dimensions.
     *
     * @param embeddingDim 0 for the model's default
     */
    public static ModelConfig config(ModelName model, int embeddingDim, int epochs, int batchSize, int negatives,
                                     long seed, int nUsers, int nItems, int[] contextSizes) {
        int dim = embeddingDim > 0 ? embeddingDim : defaultEmbeddingDim(model);
        return switch (model) {
            case ENCM, LNCM -> new ModelConfig(dim, HIDDEN_DIMS, 0.002, 1e-6, epochs, batchSize, negatives, seed,
                    nUsers, nItems, contextSizes);
            case NEUMF -> new ModelConfig(dim, HIDDEN_DIMS, 0.002, 1e-6, epochs, batchSize, negatives, seed,
                    nUsers, nItems, contextSizes);
            case BMF -> new ModelConfig(dim, List.of(), 0.005, 1e-6, epochs, batchSize, negatives, seed,
                    nUsers, nItems, contextSizes);
        };
    }

    public static int defaultEmbeddingDim(ModelName model) {
        return model == ModelName.NEUMF ? 16 : 32;
    }
}
