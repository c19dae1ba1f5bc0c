package io.ctxrec.training.pipeline;

import io.ctxrec.adapters.artifacts.VersionFolders;
import io.ctxrec.adapters.dl4j.EpochCheck;
import io.ctxrec.adapters.dl4j.EpochListener;
import io.ctxrec.adapters.dl4j.ModelArchitectures;
import io.ctxrec.adapters.dl4j.ModelConfig;
import io.ctxrec.adapters.dl4j.TrainingHistory;
import io.ctxrec.adapters.family.BuiltInFamilies;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.domain.testdata.InMemoryEncoderStore;
import io.ctxrec.domain.testdata.InMemoryModelVersions;
import io.ctxrec.training.data.GeneratorSettings;
import io.ctxrec.training.dataset.PreparedDataset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.deeplearning4j.nn.graph.ComputationGraph;

/** A pipeline over in-memory ports and a tiny generated shop, with the trainer a test chooses. */
final class Pipelines {
    /** 40 users, 80 products, 1,600 interactions: small enough to train quickly in a test, and
     *  leaves each user enough unseen products to rank a held-out one against. */
    static final GeneratorSettings TINY = GeneratorSettings.small().withSize(40, 80, 1_600);
    static final TrainingRequest ONE_EPOCH = TrainingRequest.defaults().withEpochs(1).withBatchSize(256)
            .withEmbeddingDim(4);

    final InMemoryModelVersions versions = new InMemoryModelVersions();
    final InMemoryEncoderStore encoderStore = new InMemoryEncoderStore();
    final Path dataDir;
    final ShopSources shop;
    private final AtomicInteger counter = new AtomicInteger();

    Pipelines(Path dataDir) {
        this(dataDir, TINY);
    }

    Pipelines(Path dataDir, GeneratorSettings settings) {
        this.dataDir = dataDir;
        this.shop = GeneratedShops.of(settings);
    }

    /** Version ids v001, v002, ... in run order. */
    Supplier<String> counterIds() {
        return () -> String.format("v%03d", counter.incrementAndGet());
    }

    TrainingPipeline with(ModelTrainer trainer) {
        return new TrainingPipeline(shop, versions, encoderStore, dataDir, trainer, BuiltInFamilies.all(), counterIds(), ProgressLog.logOnly());
    }

    TrainingPipeline real() {
        return with(new Dl4jModelTrainer());
    }

    VersionFolders folders() {
        return new VersionFolders(dataDir);
    }

    /**
     * Keeps the last model the real trainer trained under each name: the one the version serves (early
     * stopping trains each model twice, the second time on all the data).
     */
    static final class Recording implements ModelTrainer {
        private final Map<ModelName, TrainedModel> last = new LinkedHashMap<>();

        @Override
        public TrainedModel train(ModelName model, ModelConfig config, PreparedDataset data, EpochListener listener,
                                  EpochCheck check) {
            TrainedModel t = new Dl4jModelTrainer().train(model, config, data, listener, check);
            last.put(model, t);
            return t;
        }

        List<TrainedModel> served() {
            return List.copyOf(last.values());
        }
    }

    /** A model whose every weight is 0: it scores every item alike, so it ranks no positive in the top K. */
    static ModelTrainer scoresAllAlike() {
        return (model, config, data, listener, check) -> {
            ComputationGraph graph = ModelArchitectures.build(model, config);
            graph.params().assign(0);
            return new TrainedModel(model, graph, config, new TrainingHistory(List.of()), Duration.ZERO);
        };
    }

    /** Trains the models before {@code failing} for real, then throws in it. */
    static ModelTrainer failingAt(ModelName failing, String message) {
        return (model, config, data, listener, check) -> {
            if (model == failing) {
                throw new IllegalStateException(message);
            }
            return new Dl4jModelTrainer().train(model, config, data, listener, check);
        };
    }
}
