package io.ctxrec.adapters.dl4j;

import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.domain.scoring.ScoringModel;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Benchmark, not a test: one request's scoring time, one user against 10,000 and 100,000 items, for each
 * model as the DL4J graph and as its {@link PrecomputedScorers} scorer, single thread, one native thread as
 * {@code serve} sets. Default-sized models (d = 16, MLP 64-32; ENCM with 4 context features, the category
 * item-side), freshly initialised: timing does not depend on the trained values. Pass
 * {@code precomputed-only} to skip the graphs.
 */
public final class ScoringLatency {
    private static final int USERS = 1_000;
    private static final int ITEMS = 100_000;
    private static final int[] CONTEXT_SIZES = {5, 5, 5, 40};

    private ScoringLatency() {
    }

    public static void main(String[] args) {
        NativeThreads.useOne();
        boolean graphs = !(args.length > 0 && args[0].equals("precomputed-only"));
        int[] context = {1, 2, 3, 4};
        System.out.println("model  items    scorer        calls  median ms  p99 ms");
        for (ModelName name : Dl4jFamily.names()) {
            ModelConfig config = new ModelConfig(16, name.equals(ModelName.BMF) ? List.of() : List.of(64, 32), 0.01, 1e-4,
                    1, 1024, 4, 42, USERS, ITEMS, CONTEXT_SIZES);
            ItemFeature category = new ItemFeature("category", 3, IntStream.range(0, ITEMS).map(i -> i % 40).toArray());
            Dl4jScoringModel graph = new Dl4jScoringModel(name, "bench", ModelArchitectures.build(name, config), config,
                    category);
            ScoringModel fast = PrecomputedScorers.of(graph);
            for (int n : new int[] {10_000, 100_000}) {
                int[] items = IntStream.range(0, n).toArray();
                if (graphs) {
                    report(name, n, "DL4J output", graph, items, context, n > 10_000 ? 50 : 200);
                }
                report(name, n, "precomputed", fast, items, context, 200);
            }
        }
    }

    private static void report(ModelName name, int n, String scorer, ScoringModel model, int[] items, int[] context,
                               int calls) {
        for (int warm = 0; warm < 20; warm++) {
            model.score(warm % USERS, items, context);
        }
        double[] ms = new double[calls];
        for (int c = 0; c < calls; c++) {
            long start = System.nanoTime();
            model.score((c * 7) % USERS, items, context);
            ms[c] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-6s %,7d  %-12s %5d  %9.2f  %6.2f%n", name.displayName(), n, scorer, calls,
                ms[calls / 2], ms[(int) Math.ceil(calls * 0.99) - 1]);
    }
}
