package io.ctxrec.app;

import io.ctxrec.adapters.artifacts.FileModelArtifacts;
import io.ctxrec.adapters.config.CtxrecConfig;
import io.ctxrec.adapters.jdbc.JdbcAdapters;
import io.ctxrec.adapters.store.ModelStores;
import io.ctxrec.domain.family.ModelFamilies;
import io.ctxrec.domain.port.ModelArtifacts;
import io.ctxrec.domain.port.ModelStore;
import io.ctxrec.domain.selection.ModelSelectionPolicy;
import io.ctxrec.routes.Retrainer;
import io.ctxrec.routes.RetrainRoutes;
import io.ctxrec.routes.TrainingTurns;
import io.ctxrec.routes.ShopStatus;
import io.ctxrec.routes.StatusRoutes;
import io.ctxrec.routes.api.AdminApiRoutes;
import io.ctxrec.routes.api.ApiDocsRoutes;
import io.ctxrec.routes.api.ApiErrorHandling;
import io.ctxrec.routes.api.ApiJson;
import io.ctxrec.routes.api.ApiHeaderFilter;
import io.ctxrec.routes.api.ApiRestConfiguration;
import io.ctxrec.routes.api.Availability;
import io.ctxrec.routes.api.AvailabilityGate;
import io.ctxrec.routes.api.CatalogApiRoutes;
import io.ctxrec.routes.api.DatabaseHealthCheck;
import io.ctxrec.routes.api.Feedback;
import io.ctxrec.routes.api.FeedbackApiRoutes;
import io.ctxrec.routes.api.HttpRejections;
import io.ctxrec.routes.api.Listings;
import io.ctxrec.routes.api.ModelApiRoutes;
import io.ctxrec.routes.api.ModelsHealthCheck;
import io.ctxrec.routes.api.ModelsReport;
import io.ctxrec.routes.api.NotFoundReplies;
import io.ctxrec.routes.api.ObservabilityRoutes;
import io.ctxrec.routes.api.RecommendationApiRoutes;
import io.ctxrec.routes.api.ReadinessReport;
import io.ctxrec.routes.api.RecommendationQueries;
import io.ctxrec.routes.api.RetrainJobs;
import io.ctxrec.routes.api.RouteTimers;
import io.ctxrec.routes.api.ServiceMetrics;
import io.ctxrec.routes.api.ServiceMetricsPolicy;
import io.ctxrec.routes.api.ServingHealth;
import io.ctxrec.routes.api.auth.Access;
import io.ctxrec.routes.api.auth.AuthSettings;
import io.ctxrec.routes.diagram.DiagramRoutes;
import io.ctxrec.routes.recommend.ListChoice;
import io.ctxrec.routes.recommend.RecommendationRoutes;
import io.ctxrec.routes.recommend.RecommendationSettings;
import io.ctxrec.routes.recommend.ComputeAdmission;
import io.ctxrec.routes.recommend.RememberedReads;
import io.ctxrec.routes.recommend.SharedStamps;
import io.ctxrec.routes.recommend.StoredLists;
import io.ctxrec.routes.recommend.ShopSnapshot;
import io.ctxrec.routes.recommend.UserDataCollector;
import io.ctxrec.routes.recommend.UserLists;
import io.ctxrec.routes.scoring.ModelVersionRoutes;
import io.ctxrec.routes.scoring.ScoringRoutes;
import io.ctxrec.routes.scoring.ServingModels;
import io.ctxrec.routes.scoring.ServingVersions;
import io.ctxrec.routes.web.CategoryImages;
import io.ctxrec.routes.web.WebAssets;
import io.ctxrec.routes.web.WebRoutes;
import io.ctxrec.training.pipeline.InterruptedRuns;
import io.ctxrec.training.pipeline.ProgressLog;
import io.ctxrec.training.pipeline.TrainingRequest;
import io.ctxrec.training.pipeline.TrainingRunner;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.component.micrometer.MicrometerConstants;
import org.apache.camel.component.platform.http.PlatformHttpComponent;
import org.apache.camel.health.HealthCheckRegistry;

/**
 * The service's objects, built in one place and in one order: the {@link Ports} (database, model
 * artifacts, families, clock, training), then the services over them, then the route builders that call
 * those services, the two beans Camel looks up by name, and what {@link #install} adds to the context.
 * {@code serve} hands it to Camel Main ({@link CtxrecApplication}); route tests build the same graph
 * over H2 with a fixed clock.
 */
public final class ServiceGraph {
    /**
     * What the graph is built on.
     *
     * @param dataSource      the database, for camel-jdbc's endpoint and the health check
     * @param clock           the time of every cache, TTL and "now" of the service
     * @param training        the offline pipeline, which only the retrainer starts
     * @param trainingRequest what each training trains (read when it starts)
     */
    public record Ports(JdbcAdapters jdbc, DataSource dataSource, ModelArtifacts artifacts, ModelFamilies families,
                        Clock clock, TrainingRunner training, Supplier<TrainingRequest> trainingRequest) {
    }

    private final ServiceMetrics metrics = new ServiceMetrics();
    private final List<RoutesBuilder> routes;
    private final Map<String, Object> beans;
    private final DatabaseHealthCheck databaseHealth;
    private final ModelsHealthCheck modelsHealth;
    private final Access access;
    private final Availability availability;
    private final ClusterSettings cluster;
    private final DataSource dataSource;

    public ServiceGraph(CtxrecConfig config, Ports ports) {
        this(config, ports, new Availability());
    }

    /** With the {@code availability} that {@code serve}'s shutdown drains. */
    public ServiceGraph(CtxrecConfig config, Ports ports, Availability availability) {
        this.availability = availability;
        JdbcAdapters jdbc = ports.jdbc();
        Clock clock = ports.clock();
        ModelFamilies families = ports.families();
        RecommendationSettings settings = RecommendationSettings.fromConfig(config, families);
        cluster = ClusterSettings.fromConfig(config);
        dataSource = ports.dataSource();

        // Services. Every writer of interactions in this process records through the remembered reads,
        // so that the next list sees the interaction at once.
        RememberedReads reads = new RememberedReads(jdbc, settings.recheck(), clock);
        ServingModels serving = new ServingModels(jdbc.modelVersions(), ServingVersions.from(ports.artifacts()),
                settings.versionCheck());
        ShopSnapshot shop = new ShopSnapshot(jdbc.productCatalog(), jdbc.interactionHistory(), settings.shopRefresh(),
                clock);
        StoredLists stored = new StoredLists(jdbc.recommendationCache(), settings.recheck(), settings.listBytes(), clock, reads.watch());
        UserLists lists = new UserLists(stored, reads.interactionHistory(), reads.modelRunLog(),
                reads.productCatalog(), jdbc.userDirectory(), settings.zone(), clock, ApiJson::render,
                cluster.enabled() ? new SharedStamps(jdbc.userListStamps()) : SharedStamps.NONE);
        ListChoice choice = new ListChoice(ModelSelectionPolicy.withDefaultPreference(), shop,
                settings.fallbackWeights());
        Retrainer retrainer = new Retrainer(ports.training(), ports.trainingRequest(), jdbc.modelVersions(),
                turns(config, jdbc, clock), jdbc.trainingRunLog(), clock);
        Feedback feedback = new Feedback(jdbc.userDirectory(), jdbc.productCatalog(), reads.interactionHistory(),
                jdbc.ratings(), clock);
        ModelsReport modelsReport = new ModelsReport(jdbc.modelVersions(), ports.artifacts(), retrainer::progress,
                families,
                config.get("ctxrec.training.quality-gate-margin").isBlank() ? null
                        : Double.valueOf(config.get("ctxrec.training.quality-gate-margin").trim()));
        access = new Access(AuthSettings.fromConfig(config), clock, metrics::authRefused);
        databaseHealth = new DatabaseHealthCheck(ports.dataSource());
        Supplier<ServingHealth> servingHealth = () -> {
            ServingModels.Status now = serving.status();
            return new ServingHealth(now.active(), now.serving(), now.activeFailure(), now.damage());
        };
        modelsHealth = new ModelsHealthCheck(servingHealth);
        metrics.serving(servingHealth);

        // Route builders, one per concern; the recommendation side first, then the API over it.
        routes = List.of(
                new RecommendationRoutes(serving, lists, new UserDataCollector(settings.zone()), choice,
                        new ComputeAdmission(settings.maxComputing(), settings.queue())),
                new ScoringRoutes(families), new ModelVersionRoutes(serving),
                new ApiErrorHandling(), new ApiRestConfiguration(), new ApiDocsRoutes(),
                new RecommendationApiRoutes(new RecommendationQueries(clock), access),
                new FeedbackApiRoutes(feedback, access),
                new CatalogApiRoutes(new Listings(jdbc.productCatalog(), jdbc.userDirectory()), access),
                new ModelApiRoutes(modelsReport),
                new AdminApiRoutes(access, new RetrainJobs(retrainer, jdbc.trainingRunLog(), cluster.role().trains())),
                new ObservabilityRoutes(metrics, new ReadinessReport(availability, databaseHealth)),
                new DiagramRoutes(),
                new WebRoutes(new WebAssets()), new CategoryImages(),
                new StatusRoutes(new ShopStatus(jdbc.userDirectory(), jdbc.productCatalog(), jdbc.interactionHistory(),
                        access.mode().key())),
                new RetrainRoutes(retrainer, metrics::trainingRun, cluster.role().trains()));

        // By name: camel-jdbc's endpoint URI names the data source; camel-micrometer's route policies find
        // the registry so.
        beans = Map.of(RecommendationRoutes.DATA_SOURCE, ports.dataSource(),
                MicrometerConstants.METRICS_REGISTRY_NAME, metrics.registry());
    }

    /**
     * Whose turn it is to train: always this instance's alone; in a cluster the database's lease, whose taker
     * first marks FAILED what a stopped instance left half-done (its TRAINING versions, its open runs).
     */
    private TrainingTurns turns(CtxrecConfig config, JdbcAdapters jdbc, Clock clock) {
        if (!cluster.enabled()) {
            return TrainingTurns.alone(cluster.instance());
        }
        ModelStore store = ModelStores.configured(config, jdbc);
        return TrainingTurns.shared(cluster.instance(), jdbc.trainingLease(), cluster.lease(), clock, () -> {
            InterruptedRuns.recover(jdbc.modelVersions(), store);
            jdbc.trainingRunLog().abandonOthers(cluster.instance(), clock.instant(),
                    "the instance that ran it stopped before it ended");
        });
    }

    /**
     * The service's graph over {@code infra}'s database: the model files of the configured model store, the
     * built-in families, the system clock, and the configured training.
     */
    static ServiceGraph of(CtxrecConfig config, Infrastructure infra) {
        return of(config, infra, new Availability());
    }

    static ServiceGraph of(CtxrecConfig config, Infrastructure infra, Availability availability) {
        ModelFamilies families = Infrastructure.families();
        return new ServiceGraph(config, new Ports(infra.jdbc(), infra.dataSource(),
                new FileModelArtifacts(infra.modelStore(), families), families, Clock.systemUTC(),
                new TrainingRunner(infra.trainingPipeline(ProgressLog.logOnly())),
                () -> TrainingRequests.fromConfig(config, families)), availability);
    }

    /** The beans looked up by name. */
    public Map<String, Object> beans() {
        return beans;
    }

    /** The admin token when it was generated (none configured), for the start-up box; else empty. */
    public Optional<String> generatedAdminToken() {
        return access.generatedAdminToken();
    }

    /** Whether the service takes requests (starting, ready, draining) and how many it is answering. */
    public Availability availability() {
        return availability;
    }

    /** Every route builder of the service, in the order they are added. */
    public List<RoutesBuilder> routes() {
        return routes;
    }

    /**
     * Which routes have per-route timers ({@link RouteTimers}): each HTTP request timed once, by the route its REST
     * route hands it to ({@code api-*}, {@code health}, ...), not by the REST route itself ({@code *-http}), nor
     * by the recommendation routes an {@code api-*} route calls (the same time again). No timer for the context as
     * a whole (it counted every route a request crossed).
     */
    private static final Set<String> UNTIMED_ROUTES = Set.of("recommendations-list", "recommendations-init",
            "recommendations-clear");
    static final Predicate<String> TIMED_ROUTES = routeId -> !routeId.endsWith("-http")
            && !UNTIMED_ROUTES.contains(routeId);

    /**
     * Before the routes start: per-route request counts and latency ({@link RouteTimers}), the recommendation
     * counters ({@link ServiceMetricsPolicy}), the API's header filter, the health checks, JSON replies
     * for what no route answers ({@link HttpRejections}, {@link NotFoundReplies}), and the gate that answers
     * 503 while the service starts or drains ({@link AvailabilityGate}; READY once fully started).
     */
    public void install(CamelContext context) {
        context.addRoutePolicyFactory(RouteTimers.factory(metrics.registry(), TIMED_ROUTES));
        context.addRoutePolicyFactory(ServiceMetricsPolicy.factory(metrics));
        context.getComponent("platform-http", PlatformHttpComponent.class).setHeaderFilterStrategy(new ApiHeaderFilter());
        if (cluster.enabled() && cluster.role().trains()) {
            ClusteredQuartz.install(context, dataSource, cluster);
        }
        HealthCheckRegistry health = HealthCheckRegistry.get(context);
        health.register(databaseHealth);
        health.register(modelsHealth);
        AvailabilityGate gate = new AvailabilityGate(availability);
        try {
            HttpRejections.install(context, () -> gate.guard(context));
            context.addStartupListener(new NotFoundReplies());
            context.addStartupListener(gate);
        } catch (Exception e) {
            throw new IllegalStateException("cannot install the JSON 400/404/405/414/431/503 replies", e);
        }
    }
}
