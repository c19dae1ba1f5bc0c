package io.ctxrec.training.pipeline;

import io.ctxrec.domain.port.ShopData;
import io.ctxrec.domain.testdata.InMemoryInteractionHistory;
import io.ctxrec.domain.testdata.InMemoryProductCatalog;
import io.ctxrec.domain.testdata.InMemoryRatings;
import io.ctxrec.training.data.GeneratorSettings;
import io.ctxrec.training.data.ShopGenerator;

/** Generated shops behind the ports a training run reads. */
final class GeneratedShops {
    private GeneratedShops() {
    }

    static ShopSources of(GeneratorSettings settings) {
        ShopData data = new ShopGenerator().generate(settings);
        InMemoryInteractionHistory history = new InMemoryInteractionHistory();
        data.interactions().forEach(history::record);
        InMemoryProductCatalog catalog = new InMemoryProductCatalog();
        data.products().forEach(catalog::add);
        InMemoryRatings ratings = new InMemoryRatings();
        data.ratings().forEach(ratings::record);
        return new ShopSources(history, catalog, ratings);
    }

    /** 200 users, 100 products, 15,000 interactions whose products follow the users' latent taste. */
    static GeneratorSettings tasteDriven(long seed) {
        return GeneratorSettings.small().withSize(200, 100, 15_000).withStrengths(8, 0).withSeed(seed);
    }

    /** The same size, products chosen by time of day, season and device, not by taste. */
    static GeneratorSettings contextDriven(long seed) {
        return GeneratorSettings.small().withSize(200, 100, 15_000).withStrengths(0, 8).withSeed(seed);
    }
}
