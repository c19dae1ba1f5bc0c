package io.ctxrec.training.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ctxrec.adapters.artifacts.EncoderFiles;
import io.ctxrec.adapters.artifacts.FileModelArtifacts;
import io.ctxrec.adapters.dl4j.Dl4jFamily;
import io.ctxrec.adapters.family.BuiltInFamilies;
import io.ctxrec.adapters.family.ItemPopFamily;
import io.ctxrec.adapters.dl4j.Dl4jScoringModel;
import io.ctxrec.domain.encoding.ContextEncoder;
import io.ctxrec.domain.encoding.EncoderSet;
import io.ctxrec.domain.model.Context;
import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.port.LoadedVersion;
import io.ctxrec.domain.port.OfflineResult;
import io.ctxrec.domain.scoring.CombiningModel;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.domain.scoring.PopularityBlend;
import io.ctxrec.domain.scoring.ScoringModel;
import io.ctxrec.training.dataset.DatasetPreparation;
import io.ctxrec.training.dataset.DatasetSummary;
import io.ctxrec.training.dataset.PreparedDataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionArtifactsTest {
    private static final List<String> MODELS = List.of("ENCM", "LNCM", "NeuMF", "BMF");

    @TempDir
    Path dir;
    private Pipelines p;
    private Pipelines.Recording recording;
    private TrainingOutcome outcome;
    private PreparedDataset data;
    private Path folder;

    @BeforeEach
    void trainOneVersion() {
        p = new Pipelines(dir);
        recording = new Pipelines.Recording();
        outcome = p.with(recording).run(Pipelines.ONE_EPOCH.withEpochs(2));
        data = new DatasetPreparation(Pipelines.ONE_EPOCH.dataset())
                .prepare(p.shop.history(), p.shop.catalog(), p.shop.ratings());
        folder = dir.resolve("versions").resolve(outcome.version());
    }

    @Test
    void versionFolderHoldsEveryFileUnderItsDocumentedName() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
                    "ENCM_model.zip", "ENCM_config.json",
                    "LNCM_model.zip", "LNCM_config.json",
                    "NeuMF_model.zip", "NeuMF_config.json",
                    "BMF_model.zip", "BMF_config.json",
                    "Ensemble_weights.txt",
                    "encoders.json", "training_results.csv", "item_popularity.csv", "dataset.txt",
                    "checksums.sha256");
        }
        assertThat(Files.readString(folder.resolve("dataset.txt")).trim()).isEqualTo(DatasetSummary.of(data));
        assertThat(Files.readAllLines(folder.resolve("checksums.sha256")))
                .extracting(line -> line.substring(66))
                .containsExactly("BMF_config.json", "BMF_model.zip", "ENCM_config.json", "ENCM_model.zip",
                        "Ensemble_weights.txt", "LNCM_config.json", "LNCM_model.zip", "NeuMF_config.json",
                        "NeuMF_model.zip", "dataset.txt", "encoders.json", "item_popularity.csv",
                        "training_results.csv");
    }

    @Test
    void itemPopularityHoldsEachItemsTrainingPositivesInItemOrder() throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve("item_popularity.csv"));

        assertThat(lines.get(0)).isEqualTo("count");
        assertThat(lines.subList(1, lines.size()).stream().mapToLong(Long::parseLong).toArray())
                .containsExactly(data.popularity().counts());
    }

    @Test
    void encodersInTheFileAndInTheStoreEqualThoseOfThePreparedData() {
        EncoderSet inFile = EncoderFiles.read(folder.resolve("encoders.json"));

        assertThat(inFile).isEqualTo(data.encoders());
        assertThat(p.encoderStore.load(outcome.version())).contains(inFile);
    }

    @Test
    void trainingJsonHoldsTheDimensionsHyperparametersAndDataCounts() throws IOException {
        JsonNode json = new ObjectMapper().readTree(folder.resolve("ENCM_config.json").toFile()).get("training");

        assertThat(json.get("n_users").asInt()).isEqualTo(data.nUsers());
        assertThat(json.get("n_items").asInt()).isEqualTo(data.nItems());
        assertThat(json.get("n_contexts").asInt()).isEqualTo(data.nContexts());
        assertThat(json.get("embedding_dim").asInt()).isEqualTo(4);
        assertThat(json.get("hidden_dims").toString()).isEqualTo("[64,32]");
        assertThat(json.get("epochs").asInt()).isEqualTo(outcome.results().get(0).bestEpoch()).isBetween(1, 2);
        assertThat(json.get("seed").asLong()).isEqualTo(Pipelines.ONE_EPOCH.dataset().seed());
        assertThat(json.get("data_counts").get("train_positives").asLong()).isEqualTo(data.counts().trainPositives());
        assertThat(json.get("data_counts").get("test_cases").asLong()).isEqualTo(data.counts().testCases());
    }

    @Test
    void resultsCsvHasTheDocumentedHeaderAndOneRowPerModelAndItemPop() throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve("training_results.csv"));
        List<Map<String, String>> rows = lines.subList(1, lines.size()).stream().map(l -> cells(lines.get(0), l)).toList();

        assertThat(lines.get(0)).isEqualTo("model,k,cases,hit_rate,precision,map,ndcg,mrr,auc,rmse,mae,full_hit_rate,"
                + "full_ndcg,epochs,seconds,seconds_per_epoch,samples_per_second,batch_size,loss_curve,full_cases,"
                + "hit_rate_se,ndcg_se,full_hit_rate_se,full_ndcg_se,best_epoch,validation_curve,popularity_blend,"
                + "member_weights");
        assertThat(rows).extracting(r -> r.get("model"))
                .containsExactly("ENCM", "LNCM", "NeuMF", "BMF", "Ensemble", "ItemPop");
        for (int i = 0; i < MODELS.size(); i++) {
            Map<String, String> row = rows.get(i);
            ModelResult result = outcome.results().get(i);
            int best = Integer.parseInt(row.get("best_epoch"));
            assertThat(best).isEqualTo(result.bestEpoch()).isBetween(1, 2);
            assertThat(row.get("epochs")).isEqualTo(String.valueOf(best));
            assertThat(row.get("batch_size")).isEqualTo("256");
            assertThat(row.get("loss_curve").split(";")).hasSize(best);
            assertThat(row.get("validation_curve").split(";")).hasSizeBetween(best, 2);
            assertThat(Double.parseDouble(row.get("hit_rate"))).isCloseTo(result.sampled().hitRate().orElseThrow(), within(1e-6));
            assertThat(Double.parseDouble(row.get("full_ndcg"))).isCloseTo(result.full().ndcg().orElseThrow(), within(1e-6));
            assertThat(Long.parseLong(row.get("cases"))).isEqualTo(data.counts().testCases());
            assertThat(Long.parseLong(row.get("full_cases"))).isEqualTo(result.full().users());
            assertThat(Double.parseDouble(row.get("full_hit_rate_se")))
                    .isCloseTo(result.full().hitRateSe().orElseThrow(), within(1e-6));
            assertThat(Double.parseDouble(row.get("ndcg_se"))).isCloseTo(result.sampled().ndcgSe().orElseThrow(), within(1e-6));
            assertThat(Double.parseDouble(row.get("popularity_blend"))).isEqualTo(result.popularityBlend().orElseThrow())
                    .isIn(Arrays.stream(PopularityBlendFit.GRID).boxed().toArray());
            assertThat(row.get("rmse").isEmpty()).as("a blended score has no RMSE").isEqualTo(
                    result.popularityBlend().orElseThrow() > 0);
        }
        Map<String, String> ensemble = rows.get(4);
        assertThat(ensemble.get("member_weights")).matches("ENCM:[0-9.]+;LNCM:[0-9.]+;NeuMF:[0-9.]+;BMF:[0-9.]+");
        assertThat(Arrays.stream(ensemble.get("member_weights").split(";")).mapToDouble(w -> Double.parseDouble(
                w.split(":")[1])).sum()).isCloseTo(1.0, within(1e-6));
        assertThat(Double.parseDouble(ensemble.get("hit_rate")))
                .isCloseTo(outcome.results().get(4).sampled().hitRate().orElseThrow(), within(1e-6));
        assertThat(ensemble.get("rmse")).isEmpty(); // a mean rank is no probability
        assertThat(rows.subList(0, 4)).allMatch(r -> r.get("member_weights").isEmpty());
        Map<String, String> itemPop = rows.get(5);
        assertThat(itemPop.get("popularity_blend")).isEmpty();
        assertThat(itemPop.get("epochs")).isEmpty();
        assertThat(itemPop.get("loss_curve")).isEmpty();
        assertThat(itemPop.get("best_epoch")).isEmpty();
        assertThat(itemPop.get("validation_curve")).isEmpty();
        assertThat(itemPop.get("member_weights")).isEmpty();
    }

    @Test
    void offlineResultsReadBackAsTheRunMeasuredThem() {
        List<OfflineResult> read = new FileModelArtifacts(dir, BuiltInFamilies.all()).offlineResults(outcome.version());

        assertThat(read).extracting(OfflineResult::model)
                .containsExactly("ENCM", "LNCM", "NeuMF", "BMF", "Ensemble", "ItemPop");
        for (int i = 0; i < read.size(); i++) {
            OfflineResult written = outcome.results().get(i).offline();
            OfflineResult back = read.get(i);
            assertThat(back.metrics()).containsOnlyKeys(written.metrics().keySet());
            written.metrics().forEach((name, value) ->
                    assertThat(back.metrics().get(name)).as(name).isCloseTo(value, within(1e-6)));
            assertThat(back.lossCurve()).hasSameSizeAs(written.lossCurve());
            assertThat(back.bestEpoch()).isEqualTo(written.bestEpoch());
            assertThat(back.validationCurve()).hasSameSizeAs(written.validationCurve());
            assertThat(back.memberWeights()).isEqualTo(written.memberWeights());
        }
        assertThat(read.get(4).memberWeights()).containsOnlyKeys(MODELS);
    }

    // The blend the run chose for the model, over the training counts: what the loaded version serves with.
    private PopularityBlend blend(ModelName model) {
        double beta = outcome.results().stream().filter(r -> r.model().equals(model.displayName())).findFirst()
                .orElseThrow().popularityBlend().orElseThrow();
        return PopularityBlend.of(beta, data.popularity().counts());
    }

    private static Map<String, String> cells(String header, String line) {
        String[] names = header.split(",");
        String[] cells = line.split(",", -1);
        Map<String, String> row = new java.util.LinkedHashMap<>();
        for (int c = 0; c < names.length; c++) {
            row.put(names[c], cells[c]);
        }
        return row;
    }

    @Test
    void loadedVersionScoresExactlyLikeTheModelsItWasTrainedAs() {
        LoadedVersion loaded = new ActiveModels(p.versions, new FileModelArtifacts(dir, BuiltInFamilies.all())).load().orElseThrow();

        assertThat(loaded.version()).isEqualTo(outcome.version());
        assertThat(loaded.encoders()).isEqualTo(data.encoders());
        int[] items = IntStream.range(0, data.nItems()).toArray();
        int[] context = data.positives().context(0);
        for (TrainedModel trained : recording.served()) {
            ScoringModel original = blend(trained.name()).applyTo(ItemFeatures.scoring(trained, "x", data));
            ScoringModel restored = loaded.models().get(trained.name());
            for (int user = 0; user < data.nUsers(); user += 7) {
                assertThat(restored.score(user, items, context)).as(trained.name() + " user " + user)
                        .containsExactly(original.score(user, items, context));
            }
        }
        assertThat(loaded.models()).containsKey(ItemPopFamily.NAME).hasSize(6);
        assertThat(loaded.models().get(ItemPopFamily.NAME).score(0, items, context))
                .containsExactly(data.popularity().score(0, items, context));
        // The ensemble read back scores as it was evaluated: over the loaded, blended members.
        CombiningModel ensemble = (CombiningModel) loaded.servingModels().get(ModelName.of("Ensemble"));
        Map<ModelName, float[]> prepared = new java.util.HashMap<>();
        for (ModelName member : ensemble.members()) {
            prepared.put(member, ensemble.prepare(member, loaded.servingModels().get(member).score(3, items, context)));
        }
        assertThat(ensemble.score(3, items, context)).containsExactly(ensemble.combine(prepared));
    }

    @Test
    void loadedVersionServesLockFreeScorersThatScoreLikeItsGraphs() {
        LoadedVersion loaded = new FileModelArtifacts(dir, BuiltInFamilies.all()).load(outcome.version());
        int[] items = IntStream.range(0, data.nItems()).toArray();
        int[] context = data.positives().context(0);

        assertThat(loaded.servingModels()).hasSize(6); // the four, ItemPop and the ensemble
        for (ModelName name : Dl4jFamily.names()) {
            ScoringModel graph = loaded.models().get(name);
            ScoringModel serving = loaded.servingModels().get(name);
            assertThat(serving).isNotInstanceOf(Dl4jScoringModel.class);
            assertThat(serving.name()).isEqualTo(name);
            assertThat(serving.version()).isEqualTo(outcome.version());
            for (int user = 0; user < data.nUsers(); user += 7) {
                float[] expected = graph.score(user, items, context);
                float[] actual = serving.score(user, items, context);
                for (int i = 0; i < items.length; i++) {
                    assertThat(actual[i]).as(name + " user " + user + " item " + i)
                            .isCloseTo(expected[i], within(1e-5f));
                }
            }
        }
    }

    @Test
    void loadedEncmScoresEachItemInItsOwnCategoryWhateverCategoryTheRequestNames() {
        ScoringModel restored = new FileModelArtifacts(dir, BuiltInFamilies.all()).load(outcome.version()).models().get(ModelName.ENCM);
        TrainedModel trained = recording.served().get(0);
        ScoringModel readsTheRequest = blend(ModelName.ENCM).applyTo(
                new Dl4jScoringModel(ModelName.ENCM, "x", trained.graph(), trained.config()));
        int position = data.encoders().positionOf(Context.CATEGORY).orElseThrow();
        ContextEncoder categories = data.encoders().contexts().get(position);
        int[] items = IntStream.range(0, data.nItems()).toArray();
        int[] context = data.positives().context(0);

        for (int user = 0; user < data.nUsers(); user += 7) {
            float[] asked = restored.score(user, items, context);
            for (int category = 0; category < categories.size(); category++) {
                context[position] = category;
                assertThat(restored.score(user, items, context)).containsExactly(asked);
            }
            for (Product product : data.products()) {
                int item = data.encoders().items().indexOf(product.id()).orElseThrow();
                context[position] = categories.indexOf(product.category());
                assertThat(asked[item]).as(product.id())
                        .isCloseTo(readsTheRequest.score(user, new int[] {item}, context)[0], within(1e-6f));
            }
        }
    }
}
