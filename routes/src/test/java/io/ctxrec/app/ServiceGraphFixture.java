package io.ctxrec.app;

import io.ctxrec.adapters.artifacts.FileModelArtifacts;
import io.ctxrec.adapters.artifacts.VersionFolders;
import io.ctxrec.adapters.config.CtxrecConfig;
import io.ctxrec.adapters.family.BuiltInFamilies;
import io.ctxrec.adapters.jdbc.JdbcAdapters;
import io.ctxrec.domain.family.ModelFamilies;
import io.ctxrec.domain.port.ModelStore;
import io.ctxrec.training.pipeline.Dl4jModelTrainer;
import io.ctxrec.training.pipeline.ProgressLog;
import io.ctxrec.training.pipeline.ShopSources;
import io.ctxrec.training.pipeline.TrainingPipeline;
import io.ctxrec.training.pipeline.TrainingRequest;
import io.ctxrec.training.pipeline.TrainingRunner;
import io.ctxrec.training.pipeline.VersionIds;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.spi.Registry;

/**
 * The service's {@link ServiceGraph}, built as {@code serve} builds it but over a test's database (H2) and
 * data dir: the packaged configuration plus what the test sets, the built-in families unless the test
 * registers others, a clock fixed at {@link #NOW} unless the test needs time to pass, and a training
 * that is refused unless the test says what to train.
 */
public final class ServiceGraphFixture {
    public static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

    private final JdbcAdapters jdbc;
    private final DataSource dataSource;
    private final Path dataDir;
    private final Map<String, String> environment = new HashMap<>();
    private final Properties settings = new Properties();
    private ModelFamilies families = BuiltInFamilies.all();
    private ModelStore store;
    private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private Supplier<TrainingRequest> training = () -> {
        throw new IllegalStateException("this test trains nothing");
    };
    private ServiceGraph graph;

    private ServiceGraphFixture(JdbcAdapters jdbc, DataSource dataSource, Path dataDir) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        settings.setProperty("ctxrec.data.dir", dataDir.toString());
    }

    /** Over the adapters of {@code dataSource}'s database, models saved in and read from {@code dataDir}. */
    public static ServiceGraphFixture over(JdbcAdapters jdbc, DataSource dataSource, Path dataDir) {
        return new ServiceGraphFixture(jdbc, dataSource, dataDir);
    }

    /** A configuration key, as a system property would set it. */
    public ServiceGraphFixture set(String key, String value) {
        settings.setProperty(key, value);
        return this;
    }

    /** An environment variable ({@code CTXREC_...}), as the deployment would set it. */
    public ServiceGraphFixture environment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Where the versions' files are, instead of the data dir's version folders (e.g. the database's store). */
    public ServiceGraphFixture modelStore(ModelStore store) {
        this.store = store;
        return this;
    }

    public ServiceGraphFixture families(ModelFamilies families) {
        this.families = families;
        return this;
    }

    /** For a test whose caches must expire or whose rows are stamped with the wall clock. */
    public ServiceGraphFixture clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /** What each training trains, read when it starts. */
    public ServiceGraphFixture training(Supplier<TrainingRequest> training) {
        this.training = training;
        return this;
    }

    public CtxrecConfig config() {
        return CtxrecConfig.load(null, environment, settings);
    }

    /** The graph, built on the first call. */
    public ServiceGraph graph() {
        if (graph == null) {
            ModelStore models = store != null ? store : new VersionFolders(dataDir);
            TrainingPipeline pipeline = new TrainingPipeline(new ShopSources(jdbc.interactionHistory(),
                    jdbc.productCatalog(), jdbc.ratings()), jdbc.modelVersions(), jdbc.encoderStore(), models,
                    new Dl4jModelTrainer(), families, VersionIds.systemClock(), ProgressLog.logOnly());
            graph = new ServiceGraph(config(), new ServiceGraph.Ports(jdbc, dataSource,
                    new FileModelArtifacts(models, families), families, clock, new TrainingRunner(pipeline), training));
        }
        return graph;
    }

    /** Binds the graph's named beans. */
    public void bindTo(Registry registry) {
        graph().beans().forEach(registry::bind);
    }

    /** The graph's route builders of the given kinds, in the graph's order. */
    public RoutesBuilder[] routesOf(Class<?>... kinds) {
        return graph().routes().stream().filter(r -> isAny(r, kinds)).toArray(RoutesBuilder[]::new);
    }

    /** The graph's route builders but those of the given kinds (a test puts stand-ins in their place). */
    public List<RoutesBuilder> routesExcept(Class<?>... kinds) {
        return graph().routes().stream().filter(r -> !isAny(r, kinds)).toList();
    }

    /** Hands the graph to {@code main} as the application does, but for the route builders of the given kinds. */
    public void addTo(Main main, Class<?>... leftOut) {
        ServiceGraph g = graph();
        g.beans().forEach(main::bind);
        routesExcept(leftOut).forEach(main.configure()::addRoutesBuilder);
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeConfigure(BaseMainSupport m) {
                g.install(m.getCamelContext());
            }
        });
    }

    private static boolean isAny(RoutesBuilder builder, Class<?>... kinds) {
        return Arrays.stream(kinds).anyMatch(k -> k.isInstance(builder));
    }
}
