package io.ctxrec.adapters.dl4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.ctxrec.domain.evaluation.EvaluationProgress;
import io.ctxrec.domain.evaluation.EvaluationReport;
import io.ctxrec.domain.evaluation.HeldOutInteraction;
import io.ctxrec.domain.evaluation.LeaveOneOutEvaluator;
import io.ctxrec.domain.evaluation.NegativeSampler;
import io.ctxrec.domain.evaluation.Scorer;
import io.ctxrec.domain.scoring.LogOdds;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.domain.scoring.ScoringModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PrecomputedScorersTest {
    static java.util.List<ModelName> withHiddenLayers() {
        return java.util.List.of(ModelName.ENCM, ModelName.LNCM, ModelName.NEUMF);
    }

    private static final float TOLERANCE = 1e-5f;
    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    private static Dl4jScoringModel trained(ModelName name, ModelConfig config, ItemFeature feature,
                                            IntFunction<TrainingSamples> samples) {
        Dl4jScoringModel model = new Dl4jScoringModel(name, "v3", ModelArchitectures.build(name, config), config,
                feature);
        new TrainingLoop(config).train(model.graph(), samples, EpochListener.NONE);
        return model;
    }

    private static Dl4jScoringModel trained(ModelName name, ModelConfig config) {
        return trained(name, config, null, TwoGroups.samples(5, config.nContextFeatures() > 0 ? 3 : 0));
    }

    /** Random users, random item lists (repeats and any order) and random contexts, both scorers alike. */
    private static void assertSameScores(Dl4jScoringModel network, ScoringModel fast) {
        Random random = new Random(11);
        int[] sizes = network.config().contextSizes();
        for (int request = 0; request < 40; request++) {
            int user = random.nextInt(TwoGroups.USERS);
            int[] items = random.ints(1 + random.nextInt(60), 0, TwoGroups.ITEMS).toArray();
            int[] context = new int[sizes.length];
            for (int f = 0; f < sizes.length; f++) {
                context[f] = random.nextInt(sizes[f]);
            }
            float[] expected = network.score(user, items, context);
            float[] actual = fast.score(user, items, context);
            assertThat(actual).hasSameSizeAs(expected);
            for (int i = 0; i < items.length; i++) {
                assertThat(actual[i]).as("user %d item %d", user, items[i]).isCloseTo(expected[i], within(TOLERANCE));
            }
        }
    }

    /** A block of scoring requests: random users and contexts, request r's length given by {@code lengthOf}. */
    private record Block(int[] users, int[][] items, int[][] contexts) {
        interface Length {
            int of(int request, Random random);
        }

        static Block random(Dl4jScoringModel network, long seed, int n, Length lengthOf) {
            Random random = new Random(seed);
            int[] users = new int[n];
            int[][] items = new int[n][];
            int[][] contexts = new int[n][];
            int[] sizes = network.config().contextSizes();
            for (int r = 0; r < n; r++) {
                users[r] = random.nextInt(TwoGroups.USERS);
                items[r] = random.ints(lengthOf.of(r, random), 0, TwoGroups.ITEMS).toArray();
                contexts[r] = new int[sizes.length];
                for (int f = 0; f < sizes.length; f++) {
                    contexts[r][f] = random.nextInt(sizes[f]);
                }
            }
            return new Block(users, items, contexts);
        }
    }

    @ParameterizedTest
    @MethodSource("io.ctxrec.adapters.dl4j.Dl4jFamily#names")
    void scoresEqualTheTrainedNetworksOwnOutput(ModelName name) {
        Dl4jScoringModel network = trained(name, TwoGroups.config(3, 3));
        assertSameScores(network, PrecomputedScorers.of(network));
    }

    /** More items than one chunk of the tower's matrix products: every chunk lands in its own place. */
    @ParameterizedTest
    @MethodSource("withHiddenLayers")
    void scoresALongListChunkByChunkAsTheNetworkDoes(ModelName name) {
        Dl4jScoringModel network = trained(name, TwoGroups.config(3, 3));
        ScoringModel fast = PrecomputedScorers.of(network);
        int[] items = new Random(5).ints(2 * SplitTower.CHUNK + 17, 0, TwoGroups.ITEMS).toArray();
        int[] context = new int[network.config().contextSizes().length];
        float[] expected = network.score(2, items, context);
        float[] actual = fast.score(2, items, context);
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < items.length; i++) {
            assertThat(actual[i]).as("position %d item %d", i, items[i]).isCloseTo(expected[i], within(TOLERANCE));
        }
    }

    /** A long list's gathered terms are reused only for the same items: a changed list, even in place, is new. */
    @ParameterizedTest
    @MethodSource("withHiddenLayers")
    void aLongListChangedInPlaceIsScoredAsItIsNow(ModelName name) {
        Dl4jScoringModel network = trained(name, TwoGroups.config(3, 3));
        ScoringModel fast = PrecomputedScorers.of(network);
        int[] items = new Random(8).ints(1_029, 0, TwoGroups.ITEMS).toArray();
        int[] context = new int[network.config().contextSizes().length];
        fast.score(1, items, context);
        for (int i = 0; i < items.length; i++) {
            items[i] = (items[i] + 1) % TwoGroups.ITEMS;
        }
        float[] expected = network.score(1, items, context);
        float[] actual = fast.score(1, items, context);
        for (int i = 0; i < items.length; i++) {
            assertThat(actual[i]).as("position %d item %d", i, items[i]).isCloseTo(expected[i], within(TOLERANCE));
        }
        assertThat(fast.score(3, items, context)).as("the same list again, another user")
                .usingElementComparator((a, b) -> Math.abs(a - b) <= TOLERANCE ? 0 : Float.compare(a, b))
                .containsExactly(network.score(3, items, context));
    }

    @ParameterizedTest
    @MethodSource("withHiddenLayers")
    void scoresEqualTheNetworkWithoutHiddenLayersToo(ModelName name) {
        ModelConfig c = TwoGroups.config(3, 3);
        ModelConfig flat = new ModelConfig(c.embeddingDim(), List.of(), c.learningRate(), c.l2(), c.epochs(),
                c.batchSize(), c.negativesPerPositive(), c.seed(), c.nUsers(), c.nItems(), c.contextSizes());
        Dl4jScoringModel network = trained(name, flat);
        assertSameScores(network, PrecomputedScorers.of(network));
    }

    @Test
    void encmScoresEachItemWithItsOwnCategoryAsTheNetworkDoes() {
        ModelConfig config = TwoGroups.config(3, 3, 4);
        ItemFeature category = new ItemFeature("category", 1, TwoGroups.allItemsMapped(i -> i % 4));
        IntFunction<TrainingSamples> noise = TwoGroups.samples(5, 3);
        IntFunction<TrainingSamples> withCategory = epoch -> {
            TrainingSamples s = noise.apply(epoch);
            int[] own = java.util.Arrays.stream(s.items()).map(category::indexOf).toArray();
            return new TrainingSamples(s.users(), s.items(), new int[][] {s.contexts()[0], own}, s.labels());
        };
        Dl4jScoringModel network = trained(ModelName.ENCM, config, category, withCategory);
        ScoringModel fast = PrecomputedScorers.of(network);

        assertSameScores(network, fast);
        assertThat(fast.score(4, TwoGroups.allItems(), new int[] {2, 3}))
                .as("the request's category is not read").containsExactly(
                        fast.score(4, TwoGroups.allItems(), new int[] {2, 0}));
        Dl4jScoringModel withoutFeature = new Dl4jScoringModel(ModelName.ENCM, "v3", network.graph(), config);
        assertThat(fast.score(4, new int[] {6}, new int[] {2, 1}))
                .as("item 6 scores as the plain network does with its category 2")
                .usingElementComparator((a, b) -> Math.abs(a - b) <= TOLERANCE ? 0 : Float.compare(a, b))
                .containsExactly(withoutFeature.score(4, new int[] {6}, new int[] {2, 2}));
    }

    @Test
    void eightThreadsScoringAtOnceGetTheSerialResults() throws Exception {
        List<ScoringModel> models = new ArrayList<>();
        for (ModelName name : Dl4jFamily.names()) {
            models.add(PrecomputedScorers.of(trained(name, TwoGroups.config(1, 3))));
        }
        int[] items = TwoGroups.allItems();
        List<float[]> serial = new ArrayList<>();
        List<java.util.concurrent.Callable<float[]>> calls = new ArrayList<>();
        for (ScoringModel model : models) {
            for (int u = 0; u < TwoGroups.USERS; u++) {
                int user = u;
                int[] context = {u % 3};
                serial.add(model.score(user, items, context));
                calls.add(() -> model.score(user, items, context));
            }
        }
        List<Future<float[]>> parallel = new ArrayList<>();
        for (int round = 0; round < 8; round++) {
            for (java.util.concurrent.Callable<float[]> call : calls) {
                parallel.add(pool.submit(call));
            }
        }
        for (int k = 0; k < parallel.size(); k++) {
            assertThat(parallel.get(k).get()).containsExactly(serial.get(k % calls.size()));
        }
    }

    @Test
    void keepsTheModelsNameAndVersion() {
        ModelConfig config = TwoGroups.config(1, 3);
        for (ModelName name : Dl4jFamily.names()) {
            ScoringModel fast = PrecomputedScorers.of(
                    new Dl4jScoringModel(name, "v9", ModelArchitectures.build(name, config), config));
            assertThat(fast.name()).isEqualTo(name);
            assertThat(fast.version()).isEqualTo("v9");
        }
    }

    @Test
    void noItemsGiveNoScores() {
        ModelConfig config = TwoGroups.config(1, 3);
        ScoringModel fast = PrecomputedScorers.of(new Dl4jScoringModel(ModelName.NEUMF, "v1",
                ModelArchitectures.build(ModelName.NEUMF, config), config));
        assertThat(fast.score(0, new int[0], null)).isEmpty();
    }

    @Test
    void rejectsIndexesOutsideTheModelAsTheNetworkDoes() {
        ModelConfig config = TwoGroups.config(1, 3);
        ScoringModel encm = PrecomputedScorers.of(new Dl4jScoringModel(ModelName.ENCM, "v1",
                ModelArchitectures.build(ModelName.ENCM, config), config));
        assertThatThrownBy(() -> encm.score(TwoGroups.USERS, new int[] {0}, new int[] {0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user");
        assertThatThrownBy(() -> encm.score(0, new int[] {0, TwoGroups.ITEMS}, new int[] {0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("items[1]");
        assertThatThrownBy(() -> encm.score(0, new int[] {0}, new int[] {3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("context[0]");
        assertThatThrownBy(() -> encm.score(0, new int[] {0}, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("context must have 1");
        assertThatThrownBy(() -> encm.score(0, null, new int[] {0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("items");
    }

    /**
     * A block of requests, some empty, with more (user, item) pairs than one chunk of the tower's products, so
     * chunks end inside a request: each request scores as it does alone, and as the network does.
     */
    @ParameterizedTest
    @MethodSource("io.ctxrec.adapters.dl4j.Dl4jFamily#names")
    void scoresABlockOfRequestsAsEachAloneAndAsTheNetwork(ModelName name) {
        Dl4jScoringModel network = trained(name, TwoGroups.config(3, 3));
        ScoringModel fast = PrecomputedScorers.of(network);
        int n = 70;
        Block requests = Block.random(network, 21, n,
                (r, random) -> r % 9 == 4 ? 0 : r == 30 ? SplitTower.CHUNK + 3 : 1 + random.nextInt(300));
        int[] users = requests.users();
        int[][] items = requests.items();
        int[][] contexts = requests.contexts();
        float[][] block = fast.scoreBlock(users, items, contexts);

        assertThat(block.length).isEqualTo(n);
        for (int r = 0; r < n; r++) {
            float[] alone = fast.score(users[r], items[r], contexts[r]);
            float[] expected = network.score(users[r], items[r], contexts[r]);
            assertThat(block[r]).hasSameSizeAs(expected);
            for (int i = 0; i < items[r].length; i++) {
                assertThat(block[r][i]).as("request %d position %d", r, i).isCloseTo(alone[i], within(TOLERANCE))
                        .isCloseTo(expected[i], within(TOLERANCE));
            }
        }
    }

    /** The log-odds a popularity blend adds to: the logits themselves, whose sigmoid is the network's score. */
    @ParameterizedTest
    @MethodSource("io.ctxrec.adapters.dl4j.Dl4jFamily#names")
    void logOddsAreTheLogitsOfTheNetworksScoresAloneAndInABlock(ModelName name) {
        Dl4jScoringModel network = trained(name, TwoGroups.config(3, 3));
        ScoringModel fast = PrecomputedScorers.of(network);
        int n = 12;
        Block requests = Block.random(network, 17, n,
                (r, random) -> r == 5 ? SplitTower.CHUNK + 9 : 1 + random.nextInt(80));
        int[] users = requests.users();
        int[][] items = requests.items();
        int[][] contexts = requests.contexts();
        float[][] block = fast.logOddsBlock(users, items, contexts);

        for (int r = 0; r < n; r++) {
            float[] logOdds = fast.logOdds(users[r], items[r], contexts[r]);
            float[] expected = network.score(users[r], items[r], contexts[r]);
            for (int i = 0; i < items[r].length; i++) {
                assertThat(Math.abs(logOdds[i])).isLessThanOrEqualTo((float) LogOdds.LIMIT);
                assertThat((float) (1 / (1 + Math.exp(-logOdds[i])))).as("request %d position %d", r, i)
                        .isCloseTo(expected[i], within(TOLERANCE));
                assertThat(block[r][i]).isCloseTo(logOdds[i], within(TOLERANCE));
            }
        }
    }

    /** The offline evaluation ranks with the precomputed scorers: every rank as with the network's own output. */
    @ParameterizedTest
    @MethodSource("io.ctxrec.adapters.dl4j.Dl4jFamily#names")
    void evaluationRanksEqualThoseOfTheNetworksOwnOutput(ModelName name) {
        Dl4jScoringModel network = trained(name, TwoGroups.config(3, 3));
        Scorer fast = Scorer.of(PrecomputedScorers.of(network));
        Random random = new Random(4);
        List<HeldOutInteraction> cases = new ArrayList<>();
        Map<Integer, Set<Integer>> training = new HashMap<>();
        for (int u = 0; u < TwoGroups.USERS; u++) {
            for (int c = 0; c < 3; c++) {
                cases.add(new HeldOutInteraction(u, random.nextInt(TwoGroups.ITEMS), new int[] {random.nextInt(3)}));
            }
            training.put(u, new HashSet<>(List.of(random.nextInt(TwoGroups.ITEMS), random.nextInt(TwoGroups.ITEMS))));
        }
        for (LeaveOneOutEvaluator evaluator : List.of(LeaveOneOutEvaluator.fullRanking(5),
                new LeaveOneOutEvaluator(5, new NegativeSampler(9, 3)))) {
            EvaluationReport expected = evaluator.evaluate(cases, training, TwoGroups.ITEMS, Scorer.of(network));
            EvaluationReport actual = evaluator.evaluate(cases, training, TwoGroups.ITEMS, fast, pool,
                    EvaluationProgress.NONE);
            assertThat(actual.users()).isEqualTo(cases.size());
            assertThat(actual.hitRate()).isEqualTo(expected.hitRate());
            assertThat(actual.ndcg()).isEqualTo(expected.ndcg());
            assertThat(actual.mrr()).isEqualTo(expected.mrr());
            assertThat(actual.auc()).isEqualTo(expected.auc());
            assertThat(actual.rmse().getAsDouble()).isCloseTo(expected.rmse().getAsDouble(), within(1e-5));
        }
    }

    @Test
    void rejectsABlockWithAnIndexOutsideTheModelOrAMissingList() {
        ModelConfig config = TwoGroups.config(1, 3);
        ScoringModel lncm = PrecomputedScorers.of(new Dl4jScoringModel(ModelName.LNCM, "v1",
                ModelArchitectures.build(ModelName.LNCM, config), config));
        assertThatThrownBy(() -> lncm.scoreBlock(new int[] {0, 1}, new int[][] {{0}, {TwoGroups.ITEMS}},
                new int[][] {{0}, {0}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("items[0]");
        assertThatThrownBy(() -> lncm.scoreBlock(new int[] {0, 1}, new int[][] {{0}}, new int[][] {{0}, {0}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one item list");
    }
}
