package io.ctxrec.bench.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.adapters.dl4j.ModelConfig;
import io.ctxrec.adapters.dl4j.TrainingSamples;
import io.ctxrec.domain.scoring.ModelName;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReferenceModelTest {
    private static final float H = 1e-3f;

    @ParameterizedTest
    @MethodSource("io.ctxrec.adapters.dl4j.Dl4jFamily#names")
    void handWrittenGradientsMatchFiniteDifferences(ModelName name) {
        ModelConfig config = new ModelConfig(4, List.of(6, 5), 0.01, 0, 1, 8, 4, 7, 5, 6, new int[] {3, 2});
        ReferenceModel model = ReferenceModel.of(name, config);
        TrainingSamples samples = randomSamples(8, 5, 6, new int[] {3, 2}, new Random(3));
        int[] order = identity(samples.size());
        model.accumulate(samples, order, 0, order.length);
        double base = loss(model, samples, order);
        int checked = 0;
        int kinks = 0;
        for (Param p : model.params()) {
            float[] analytic = p.g.clone();
            for (int i = 0; i < p.w.length; i++) {
                float saved = p.w[i];
                p.w[i] = saved + H;
                double up = loss(model, samples, order);
                p.w[i] = saved - H;
                double down = loss(model, samples, order);
                p.w[i] = saved;
                double numeric = (up - down) / (2 * H);
                // A ReLU switching inside [w - H, w + H] bends the loss: the one-sided slopes disagree there.
                if (Math.abs((up - base) - (base - down)) / H > 5e-4 + 0.02 * Math.abs(numeric)) {
                    kinks++;
                    continue;
                }
                assertThat(analytic[i]).as("%s parameter %d of %d", name, i, p.w.length)
                        .isCloseTo((float) numeric, org.assertj.core.data.Offset.offset(
                                (float) (2e-4 + 2e-2 * Math.abs(numeric))));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(kinks).as("parameters skipped at a ReLU kink").isLessThan(Math.max(2, checked / 50));
    }

    @ParameterizedTest
    @MethodSource("io.ctxrec.adapters.dl4j.Dl4jFamily#names")
    void learnsWhichUsersLikeWhichItems(ModelName name) {
        // Users 0-3 like items 0-3 only, users 4-7 items 4-7 only: a model that learns ranks them apart.
        int n = 8;
        ModelConfig config = new ModelConfig(8, List.of(16, 8), 0.02, 0, 1, 16, 4, 11, n, n, new int[] {2});
        ReferenceModel model = ReferenceModel.of(name, config);
        int[] users = new int[n * n];
        int[] items = new int[n * n];
        float[] labels = new float[n * n];
        for (int u = 0; u < n; u++) {
            for (int i = 0; i < n; i++) {
                users[u * n + i] = u;
                items[u * n + i] = i;
                labels[u * n + i] = u / 4 == i / 4 ? 1f : 0f;
            }
        }
        TrainingSamples samples = new TrainingSamples(users, items, new int[][] {new int[n * n]}, labels);
        int[] order = identity(samples.size());
        double first = loss(model, samples, order);
        for (int step = 0; step < 400; step++) {
            model.trainBatch(samples, order, (step % 4) * 16, 16);
        }
        assertThat(loss(model, samples, order)).isLessThan(first / 4);
        float[] scores = model.score(1, new int[] {2, 6}, new int[] {0}, -1, null);
        assertThat(scores[0]).isGreaterThan(0.8f);
        assertThat(scores[1]).isLessThan(0.2f);
    }

    private static double loss(ReferenceModel model, TrainingSamples samples, int[] order) {
        double loss = 0;
        float[] all = new float[order.length];
        for (int s = 0; s < order.length; s++) {
            int[] context = {samples.contexts()[0][s], samples.contexts().length > 1 ? samples.contexts()[1][s] : 0};
            float z = model.logit(samples.users()[s], samples.items()[s],
                    java.util.Arrays.copyOf(context, samples.contexts().length));
            all[s] = z;
            loss += ReferenceModel.softplus(z) - samples.labels()[s] * z;
        }
        return loss / order.length;
    }

    private static TrainingSamples randomSamples(int n, int users, int items, int[] contextSizes, Random random) {
        int[][] contexts = new int[contextSizes.length][n];
        for (int f = 0; f < contextSizes.length; f++) {
            contexts[f] = random.ints(n, 0, contextSizes[f]).toArray();
        }
        float[] labels = new float[n];
        for (int s = 0; s < n; s++) {
            labels[s] = random.nextBoolean() ? 1f : 0f;
        }
        return new TrainingSamples(random.ints(n, 0, users).toArray(), random.ints(n, 0, items).toArray(), contexts,
                labels);
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }
}
