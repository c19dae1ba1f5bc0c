package io.ctxrec.routes;

import io.ctxrec.adapters.family.BuiltInFamilies;
import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.model.Rating;
import io.ctxrec.domain.port.ShopData;
import io.ctxrec.domain.testdata.InMemoryEncoderStore;
import io.ctxrec.domain.testdata.InMemoryInteractionHistory;
import io.ctxrec.domain.testdata.InMemoryModelVersions;
import io.ctxrec.domain.testdata.InMemoryProductCatalog;
import io.ctxrec.domain.testdata.InMemoryRatings;
import io.ctxrec.training.data.GeneratorSettings;
import io.ctxrec.training.data.ShopGenerator;
import io.ctxrec.training.pipeline.Dl4jModelTrainer;
import io.ctxrec.training.pipeline.ProgressLog;
import io.ctxrec.training.pipeline.ShopSources;
import io.ctxrec.training.pipeline.TrainingPipeline;
import io.ctxrec.training.pipeline.VersionIds;
import java.nio.file.Path;

/** A small generated shop in in-memory ports, and a real training pipeline over it. */
final class TinyShop {
    final InMemoryModelVersions versions = new InMemoryModelVersions();
    final InMemoryEncoderStore encoders = new InMemoryEncoderStore();
    final ShopSources sources;

    TinyShop() {
        ShopData data = new ShopGenerator().generate(GeneratorSettings.small().withSize(30, 40, 1_200));
        sources = new ShopSources(InMemoryInteractionHistory.of(data.interactions().toArray(Interaction[]::new)),
                InMemoryProductCatalog.of(data.products().toArray(Product[]::new)),
                InMemoryRatings.of(data.ratings().toArray(Rating[]::new)));
    }

    TrainingPipeline pipeline(Path dataDir) {
        return new TrainingPipeline(sources, versions, encoders, dataDir, new Dl4jModelTrainer(),
                BuiltInFamilies.all(), VersionIds.systemClock(), ProgressLog.logOnly());
    }
}
