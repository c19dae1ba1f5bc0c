package io.ctxrec.training.pipeline;

import io.ctxrec.adapters.dl4j.Dl4jScoringModel;
import io.ctxrec.adapters.dl4j.ItemFeature;
import io.ctxrec.adapters.dl4j.ModelConfig;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.training.dataset.PreparedDataset;
import org.deeplearning4j.nn.graph.ComputationGraph;

/** Hands the dataset's item-side context feature (the category) to the model that scores with it. */
final class ItemFeatures {
    private ItemFeatures() {
    }

    /** The trained graph as a scoring model whose items take their own category (ignored without context inputs). */
    static Dl4jScoringModel scoring(TrainedModel trained, String version, PreparedDataset data) {
        return scoring(trained.name(), trained.graph(), trained.config(), version, data);
    }

    static Dl4jScoringModel scoring(ModelName name, ComputationGraph graph, ModelConfig config, String version,
                                    PreparedDataset data) {
        ItemFeature feature = data.itemContext()
                .map(c -> new ItemFeature(c.feature(), c.position(), c.indexByItem())).orElse(null);
        return new Dl4jScoringModel(name, version, graph, config, feature);
    }
}
