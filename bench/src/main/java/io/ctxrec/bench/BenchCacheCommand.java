package io.ctxrec.bench;

import io.ctxrec.domain.fallback.Reason;
import io.ctxrec.domain.port.CachedRecommendations;
import io.ctxrec.domain.port.ListContext;
import io.ctxrec.domain.port.RecommendationCache;
import io.ctxrec.domain.port.RecommendedItem;
import io.ctxrec.routes.api.ApiJson;
import io.ctxrec.routes.recommend.CachedAnswer;
import io.ctxrec.routes.recommend.RecommendationResponse;
import io.ctxrec.routes.recommend.RecommendedProduct;
import io.ctxrec.routes.recommend.StoredLists;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench cache}: the heap the service's stored lists take ({@link StoredLists}, bounded by
 * {@code ctxrec.cache.max-mb} as its estimate of each entry says), measured: the heap in use after a full
 * collection, before and after holding the lists, against the estimate; then as many lists again as the bound
 * holds, to show it holds.
 */
@Command(name = "cache", mixinStandardHelpOptions = true,
        description = {"Memory of the stored lists held in memory: measured heap per list (after a full GC) "
                + "against the cache's own estimate, and the bound (ctxrec.cache.max-mb) holding when more are "
                + "stored than fit.", "Prints a table and writes cache.csv and cache.json under --out."})
public final class BenchCacheCommand implements Callable<Integer> {
    private static final String[] MODELS = {"BMF", "ENCM", "Ensemble", "ItemPop", "LNCM", "NeuMF"};

    @Option(names = "--lists", defaultValue = "20000", description = "Lists to hold (users x contexts).")
    int lists;

    @Option(names = "--items", defaultValue = "10", description = "Items per list.")
    int items;

    @Option(names = "--max-mb", defaultValue = "16", description = "The bound of the second row (ctxrec.cache.max-mb).")
    int maxMb;

    @Option(names = "--out", defaultValue = "target/bench", description = "Folder for cache.csv and cache.json.")
    Path out;

    @Override
    public Integer call() {
        BenchTable table = new BenchTable("cache", List.of("bound_mb", "stored", "held", "estimate_mb",
                "measured_mb", "measured_bytes_per_list", "estimate_bytes_per_list"));
        table.note("load_average_start", Machine.loadAverage());
        table.note("machine", Machine.describe());
        List<RecommendedProduct> catalog = catalog(10_000);
        measure(table, Long.MAX_VALUE / 4, lists, catalog);
        measure(table, maxMb * 1024L * 1024L, 4 * lists, catalog);
        table.note("lists", items + " items, 6 models' metrics, device/time/season context, product texts shared "
                + "with a catalog of 10,000 products as the service shares them with its catalog cache");
        table.note("load_average_end", Machine.loadAverage());
        table.publish(System.out, out);
        return 0;
    }

    private void measure(BenchTable table, long bound, int stored, List<RecommendedProduct> catalog) {
        long before = heapAfterGc();
        StoredLists held = new StoredLists(RecommendationCache.NONE, Duration.ofHours(1), bound, Clock.systemUTC());
        for (int n = 0; n < stored; n++) {
            held.replace(list(n, catalog), Instant.EPOCH);
        }
        long after = heapAfterGc();
        long count = held.size();
        double measured = after - before;
        table.row(bound > Integer.MAX_VALUE ? "none" : bound / (1024 * 1024), stored, count,
                mb(held.heldBytes()), mb(measured), Math.round(measured / count), held.heldBytes() / count);
    }

    private StoredLists.Held list(int n, List<RecommendedProduct> catalog) {
        String user = String.format("u%07d", n / 4);
        String[] devices = {"mobile", "desktop", "tablet", "mobile"};
        ListContext context = new ListContext(Map.of("device_type", devices[n % 4], "time_of_day",
                n % 4 == 3 ? "evening" : "morning", "season", "summer"));
        List<RecommendedItem> chosen = new ArrayList<>();
        List<RecommendedProduct> shown = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            RecommendedProduct p = catalog.get((n * 31 + i * 997) % catalog.size());
            // Item ids as read back from the database: strings of their own.
            chosen.add(new RecommendedItem(new String(p.id()), 1.0 / (i + 1), Reason.MODEL));
            shown.add(new RecommendedProduct(p.id(), p.name(), p.price(), p.discount(), p.imageUrl(), p.category(),
                    p.brand(), 1.0 / (i + 1), "model"));
        }
        Map<String, Map<String, Double>> metrics = new TreeMap<>();
        for (String m : MODELS) {
            metrics.put(m, Map.of("map@10", Math.random(), "precision@10", Math.random()));
        }
        Instant at = Instant.now();
        CachedRecommendations stored = new CachedRecommendations(user, context, "ENCM", "v20261206-000000-abcd", at,
                chosen);
        return new StoredLists.Held(stored, CachedAnswer.render(new RecommendationResponse(user, "cache", true,
                "ENCM", stored.modelVersion(), context.features(), metrics, shown, at), ApiJson::render));
    }

    private static List<RecommendedProduct> catalog(int size) {
        List<RecommendedProduct> products = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            products.add(new RecommendedProduct(String.format("p%06d", i), "Product number " + i + " of the shop",
                    new BigDecimal("19.99"), 0.1, "https://shop.example/img/p" + i + ".jpg", "category" + i % 20,
                    "brand" + i % 50, 0, "model"));
        }
        return products;
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double mb(double bytes) {
        return Math.round(bytes / (1024 * 1024) * 10) / 10.0;
    }
}
