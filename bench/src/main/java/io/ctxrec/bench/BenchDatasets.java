package io.ctxrec.bench;

import io.ctxrec.domain.evaluation.HeldOutInteraction;
import io.ctxrec.domain.port.ShopData;
import io.ctxrec.training.data.GeneratorSettings;
import io.ctxrec.training.data.ShopGenerator;
import io.ctxrec.training.dataset.DatasetPreparation;
import io.ctxrec.training.dataset.DatasetSettings;
import io.ctxrec.training.dataset.PreparedDataset;
import io.ctxrec.training.pipeline.ShopSources;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** The benchmark's training data, made at run time. */
final class BenchDatasets {
    private BenchDatasets() {
    }

    /**
     * A generated shop prepared as the pipeline prepares it (default split and settings), in memory, with
     * {@code epochs} epochs of samples drawn and at most {@code cases} held-out cases (a seeded sample).
     */
    static BenchData shop(GeneratorSettings settings, int epochs, int cases) {
        ShopData generated = new ShopGenerator().generate(settings);
        ShopSources sources = InMemoryShop.of(generated);
        PreparedDataset data = new DatasetPreparation(DatasetSettings.DEFAULT)
                .prepare(sources.history(), sources.catalog(), sources.ratings());
        int[] contextSizes = data.encoders().contexts().stream().mapToInt(c -> c.size()).toArray();
        List<HeldOutInteraction> all = new ArrayList<>(data.testCases());
        Collections.shuffle(all, new Random(42L));
        return new BenchData("shop", data.nUsers(), data.nItems(), contextSizes,
                BenchData.draw(data.epochSampler(), epochs), all.subList(0, Math.min(cases, all.size())),
                data.trainUserItems(), data.itemContext().orElse(null));
    }
}
