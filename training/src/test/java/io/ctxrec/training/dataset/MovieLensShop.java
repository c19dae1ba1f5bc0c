package io.ctxrec.training.dataset;

import io.ctxrec.domain.testdata.InMemoryInteractionHistory;
import io.ctxrec.domain.testdata.InMemoryProductCatalog;
import io.ctxrec.domain.testdata.InMemoryRatings;
import io.ctxrec.domain.testdata.InMemoryShopDataLoader;
import io.ctxrec.training.ingest.DatasetFormat;
import io.ctxrec.training.ingest.ImportMode;
import io.ctxrec.training.ingest.KnownIds;
import io.ctxrec.training.ingest.Positives;
import io.ctxrec.training.ingest.ShopImporter;
import java.nio.file.Path;

/** A u.data file imported as implicit feedback into in-memory ports and prepared by a protocol. */
final class MovieLensShop {
    private MovieLensShop() {
    }

    static PreparedDataset prepare(Path file, Positives positives, DatasetSettings settings) {
        return prepare(file, DatasetFormat.MOVIELENS, positives, settings);
    }

    /** A file of any format, imported and prepared the same way. */
    static PreparedDataset prepare(Path file, DatasetFormat format, Positives positives, DatasetSettings settings) {
        InMemoryShopDataLoader loader = new InMemoryShopDataLoader();
        new ShopImporter(loader, KnownIds.none()).asImplicitFeedback(positives)
                .importFile(file, format, ImportMode.STRICT);
        InMemoryInteractionHistory history = new InMemoryInteractionHistory();
        loader.interactions().forEach(history::record);
        InMemoryProductCatalog catalog = new InMemoryProductCatalog();
        loader.products().forEach(catalog::add);
        InMemoryRatings ratings = new InMemoryRatings();
        loader.ratings().forEach(ratings::record);
        return new DatasetPreparation(settings).prepare(history, catalog, ratings);
    }

    static DatasetSettings loo() {
        return DatasetSettings.DEFAULT.withProtocol(SplitProtocol.LOO);
    }
}
