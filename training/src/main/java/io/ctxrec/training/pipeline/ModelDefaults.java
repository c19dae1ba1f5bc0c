package io.ctxrec.training.pipeline;

import io.ctxrec.adapters.dl4j.ModelConfig;
import io.ctxrec.domain.scoring.ModelName;
import java.util.List;

/**
 * Each model's default hyperparameters, chosen on a validation split of the demo shop's training part
 * ({@code GeneratorSettings.small()}, split protocol, 10 epochs of 1,024, no observed negatives;
 * {@code DefaultsSearch} in the tests): the best sampled HR@10 of learning rates 0.002 to 0.05,
 * embeddings of 8, 16 or 32 and L2 1e-5 to 1e-3. All four take 16-wide embeddings; raising the rate
 * from 0.002 made up for the 30-odd updates an epoch has, and L2 1e-4 kept the bigger steps from
 * overfitting (BMF, NeuMF, LNCM; ENCM's context embeddings did best with 1e-5).
 */
public final class ModelDefaults {
    public static final int DEFAULT_EPOCHS = 10;
    public static final int MAX_EPOCHS = 50;
    public static final int DEFAULT_BATCH_SIZE = 1024;
    public static final int DEFAULT_EMBEDDING_DIM = 16;
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
            case ENCM -> new ModelConfig(dim, HIDDEN_DIMS, 0.005, 1e-5, epochs, batchSize, negatives, seed,
                    nUsers, nItems, contextSizes);
            case LNCM -> new ModelConfig(dim, HIDDEN_DIMS, 0.01, 1e-4, epochs, batchSize, negatives, seed,
                    nUsers, nItems, contextSizes);
            case NEUMF -> new ModelConfig(dim, HIDDEN_DIMS, 0.005, 1e-4, epochs, batchSize, negatives, seed,
                    nUsers, nItems, contextSizes);
            case BMF -> new ModelConfig(dim, List.of(), 0.01, 1e-4, epochs, batchSize, negatives, seed,
                    nUsers, nItems, contextSizes);
        };
    }

    public static int defaultEmbeddingDim(ModelName model) {
        return DEFAULT_EMBEDDING_DIM;
    }
}
