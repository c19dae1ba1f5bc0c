package io.ctxrec.training.pipeline;

import io.ctxrec.adapters.dl4j.EpochListener;
import io.ctxrec.adapters.dl4j.ModelConfig;
import io.ctxrec.domain.evaluation.EvaluationSettings;
import io.ctxrec.domain.evaluation.Scorer;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.domain.testdata.InMemoryEncoderStore;
import io.ctxrec.domain.testdata.InMemoryInteractionHistory;
import io.ctxrec.domain.testdata.InMemoryModelVersions;
import io.ctxrec.domain.testdata.InMemoryProductCatalog;
import io.ctxrec.domain.testdata.InMemoryRatings;
import io.ctxrec.domain.testdata.InMemoryShopDataLoader;
import io.ctxrec.training.data.GeneratorSettings;
import io.ctxrec.training.dataset.DatasetPreparation;
import io.ctxrec.training.dataset.DatasetSettings;
import io.ctxrec.training.dataset.PreparedDataset;
import io.ctxrec.training.ingest.DatasetFormat;
import io.ctxrec.training.ingest.ImportMode;
import io.ctxrec.training.ingest.KnownIds;
import io.ctxrec.training.ingest.ShopImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A tool, not a test: the search behind {@link ModelDefaults}. {@code search <shop> <model> <lr,...>
 * <dim,...> <l2,...>} trains on a validation split carved from the training part (the test set is never
 * read) and prints sampled and full HR@10 and NDCG@10 per setting, then ItemPop's; {@code final <shop>}
 * runs the whole pipeline with the defaults and prints its comparison table. {@code <shop>} is
 * {@code demo} (GeneratorSettings.small()) or the path of a DePaulMovie ratings.txt; system properties
 * {@code observedNegatives} and {@code negatives} override the dataset defaults. Run after
 * {@code mvn -o -pl training -am test-compile dependency:build-classpath -Dmdep.includeScope=test
 * -Dmdep.outputFile=cp.txt} with {@code java -cp training/target/test-classes:training/target/classes:$(cat
 * training/cp.txt) io.ctxrec.training.pipeline.DefaultsSearch ...}.
 */
public final class DefaultsSearch {
    private DefaultsSearch() {
    }

    public static void main(String[] args) throws Exception {
        ShopSources shop = shop(args[1]);
        if (args[0].equals("final")) {
            Path dir = Files.createTempDirectory("defaults-final");
            TrainingPipeline pipeline = new TrainingPipeline(shop, new InMemoryModelVersions(),
                    new InMemoryEncoderStore(), dir, new Dl4jModelTrainer(),
                    () -> "final", TrainingProgress.NONE);
            TrainingOutcome outcome = pipeline.run(TrainingRequest.defaults());
            System.out.println(outcome.datasetSummary());
            System.out.println(outcome.table());
            return;
        }
        ModelName model = ModelName.valueOf(args[2]);
        DatasetSettings settings = DatasetSettings.DEFAULT
                .withObservedNegatives(Boolean.parseBoolean(System.getProperty("observedNegatives",
                        String.valueOf(DatasetSettings.DEFAULT.observedNegatives()))))
                .withNegativesPerPositive(Integer.getInteger("negatives", DatasetSettings.DEFAULT_NEGATIVES_PER_POSITIVE));
        PreparedDataset validation = new DatasetPreparation(settings)
                .prepareValidation(shop.history(), shop.catalog(), shop.ratings());
        ModelEvaluator evaluator = new ModelEvaluator(EvaluationSettings.DEFAULT);
        int[] contextSizes = validation.encoders().contexts().stream().mapToInt(c -> c.size()).toArray();
        ModelConfig base = ModelDefaults.config(model, 0, ModelDefaults.DEFAULT_EPOCHS, ModelDefaults.DEFAULT_BATCH_SIZE,
                settings.negativesPerPositive(), DatasetSettings.DEFAULT_SEED, validation.nUsers(),
                validation.nItems(), contextSizes);
        for (String lr : args[3].split(",")) {
            for (String dim : args[4].split(",")) {
                for (String l2 : args[5].split(",")) {
                    ModelConfig c = new ModelConfig(Integer.parseInt(dim), base.hiddenDims(), Double.parseDouble(lr),
                            Double.parseDouble(l2), base.epochs(), base.batchSize(), base.negativesPerPositive(),
                            base.seed(), base.nUsers(), base.nItems(), contextSizes);
                    TrainedModel trained = new Dl4jModelTrainer().train(model, c, validation, EpochListener.NONE);
                    ModelEvaluator.Reports r = evaluator.evaluate(validation,
                            Scorer.of(ItemFeatures.scoring(trained, "search", validation)));
                    print(model.displayName() + " lr=" + lr + " dim=" + dim + " l2=" + l2, r, trained.seconds());
                }
            }
        }
        print("ItemPop", evaluator.evaluate(validation, validation.popularity()), 0);
    }

    private static void print(String label, ModelEvaluator.Reports r, double seconds) {
        System.out.println(String.format(Locale.ROOT, "VAL %-36s HR@10 %.4f NDCG@10 %.4f fHR@10 %.4f fNDCG %.4f %5.1fs",
                label, r.sampled().hitRate().orElse(0), r.sampled().ndcg().orElse(0), r.full().hitRate().orElse(0),
                r.full().ndcg().orElse(0), seconds));
    }

    private static ShopSources shop(String name) {
        if (name.equals("demo")) {
            return GeneratedShops.of(GeneratorSettings.small());
        }
        InMemoryShopDataLoader loader = new InMemoryShopDataLoader();
        new ShopImporter(loader, KnownIds.none()).importFile(Path.of(name), DatasetFormat.DEPAULMOVIE,
                ImportMode.SKIP_BAD_ROWS);
        InMemoryInteractionHistory history = new InMemoryInteractionHistory();
        loader.interactions().forEach(history::record);
        InMemoryProductCatalog catalog = new InMemoryProductCatalog();
        loader.products().forEach(catalog::add);
        InMemoryRatings ratings = new InMemoryRatings();
        loader.ratings().forEach(ratings::record);
        return new ShopSources(history, catalog, ratings);
    }
}
