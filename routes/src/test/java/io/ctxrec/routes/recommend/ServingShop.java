package io.ctxrec.routes.recommend;

import io.ctxrec.adapters.artifacts.FileModelArtifacts;
import io.ctxrec.adapters.family.BuiltInFamilies;
import io.ctxrec.adapters.jdbc.Database;
import io.ctxrec.adapters.jdbc.DatabaseSettings;
import io.ctxrec.adapters.jdbc.JdbcAdapters;
import io.ctxrec.domain.model.Action;
import io.ctxrec.domain.model.Interaction;
import io.ctxrec.routes.scoring.ServingVersion;
import io.ctxrec.routes.scoring.ServingVersions;
import io.ctxrec.training.data.DemoData;
import io.ctxrec.training.data.GeneratorSettings;
import io.ctxrec.training.pipeline.Dl4jModelTrainer;
import io.ctxrec.training.pipeline.ProgressLog;
import io.ctxrec.training.pipeline.ShopSources;
import io.ctxrec.training.pipeline.TrainingOutcome;
import io.ctxrec.training.pipeline.TrainingPipeline;
import io.ctxrec.training.pipeline.TrainingRequest;
import io.ctxrec.training.pipeline.VersionIds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A tiny generated shop in an in-memory H2 database, once per test JVM: with a real version of the
 * four models trained for one epoch, or without any version.
 */
final class ServingShop {
    private static ServingShop trained;
    private static ServingShop untrained;

    final Database db;
    final JdbcAdapters jdbc;
    final Path dataDir;

    private ServingShop(boolean train) {
        db = Database.open(new DatabaseSettings("jdbc:h2:mem:routes_" + UUID.randomUUID(), "sa", "", 4));
        jdbc = JdbcAdapters.of(db);
        new DemoData().generate(GeneratorSettings.small().withSize(30, 40, 1_200), jdbc.shopDataLoader());
        try {
            dataDir = Files.createTempDirectory("ctxrec-routes-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dataDir)));
        if (train) {
            TrainingOutcome outcome = new TrainingPipeline(new ShopSources(jdbc.interactionHistory(),
                    jdbc.productCatalog(), jdbc.ratings()), jdbc.modelVersions(), jdbc.encoderStore(), dataDir,
                    new Dl4jModelTrainer(), BuiltInFamilies.all(), VersionIds.systemClock(), ProgressLog.logOnly())
                    .run(TrainingRequest.defaults().withEpochs(1).withBatchSize(256).withEmbeddingDim(4));
            if (!outcome.activated()) {
                throw new IllegalStateException("the test version was not activated: " + outcome.reason());
            }
            warmUp();
        }
    }

    static synchronized ServingShop trained() {
        if (trained == null) {
            trained = new ServingShop(true);
        }
        return trained;
    }

    static synchronized ServingShop untrained() {
        if (untrained == null) {
            untrained = new ServingShop(false);
        }
        return untrained;
    }

    String activeVersion() {
        return jdbc.modelVersions().active().orElseThrow().version();
    }

    /** The first user (by id) who bought at least {@code min} distinct products, skipping {@code skip} such users. */
    String buyer(int min, int skip) {
        return jdbc.userDirectory().search(null, 0, 1000).items().stream().map(u -> u.id())
                .filter(u -> purchases(u).size() >= min).sorted().skip(skip).findFirst().orElseThrow();
    }

    Set<String> purchases(String userId) {
        return jdbc.interactionHistory().forUser(userId).stream().filter(i -> i.action() == Action.PURCHASE)
                .map(Interaction::productId).collect(Collectors.toSet());
    }

    Map<String, String> categoryOf() {
        return jdbc.productCatalog().all().stream().filter(p -> p.category() != null)
                .collect(Collectors.toMap(p -> p.id(), p -> p.category()));
    }

    // The first forward pass of a DL4J graph is slow; not something a scoring timeout in a test should meet.
    private void warmUp() {
        ServingVersion v = ServingVersions.from(new FileModelArtifacts(dataDir, BuiltInFamilies.all())).apply(activeVersion());
        int[] items = new int[v.encoders().nItems()];
        for (int i = 0; i < items.length; i++) {
            items[i] = i;
        }
        v.models().values().forEach(m -> m.score(0, items, v.encoders().encodeContext(Map.of())));
    }

    private static void delete(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is not worth failing the build for
        }
    }
}
