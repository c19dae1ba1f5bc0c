package io.ctxrec.training.pipeline;

import io.ctxrec.adapters.dl4j.Dl4jScoringModel;
import io.ctxrec.adapters.dl4j.ItemFeature;
import io.ctxrec.training.dataset.PreparedDataset;

/** Hands the dataset's item-side context feature (the category) to the model that scores with it. */
final class ItemFeatures {
    private ItemFeatures() {
    }

    /** The trained graph as a scoring model whose items take their own category (ignored without context inputs). */
    static Dl4jScoringModel scoring(TrainedModel trained, String version, PreparedDataset data) {
        ItemFeature feature = data.itemContext()
                .map(c -> new ItemFeature(c.feature(), c.position(), c.indexByItem())).orElse(null);
        return new Dl4jScoringModel(trained.name(), version, trained.graph(), trained.config(), feature);
    }
}
