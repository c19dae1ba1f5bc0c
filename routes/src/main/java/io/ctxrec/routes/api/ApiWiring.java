package io.ctxrec.routes.api;

import io.ctxrec.adapters.artifacts.FileModelArtifacts;
import io.ctxrec.adapters.config.CtxrecConfig;
import io.ctxrec.adapters.family.BuiltInFamilies;
import io.ctxrec.adapters.jdbc.JdbcAdapters;
import io.ctxrec.domain.family.ModelFamilies;
import io.ctxrec.domain.port.InteractionHistory;
import io.ctxrec.routes.Retrainer;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.component.micrometer.MicrometerConstants;
import org.apache.camel.component.micrometer.routepolicy.MicrometerRoutePolicyFactory;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

/** Builds the HTTP API's beans and routes; {@link #bind} adds them to the application. */
public final class ApiWiring {
    private final Map<String, Object> beans = new LinkedHashMap<>();
    private final ServiceMetrics metrics = new ServiceMetrics();
    private final RecommendationQueries queries;
    private final Feedback feedback;
    private final Listings listings;
    private final ModelsReport modelsReport;
    private final DatabaseHealthCheck database;
    private final ModelsHealthCheck models;
    private final AdminToken adminToken;
    private final RetrainJobs retrainJobs;

    /**
     * @param loadedModelVersion the version whose models serve, or null/empty while none is loaded
     */
    public ApiWiring(JdbcAdapters jdbc, DataSource dataSource, CtxrecConfig config, Retrainer retrainer,
                     Supplier<String> loadedModelVersion, Clock clock) {
        this(jdbc, jdbc.interactionHistory(), dataSource, config, retrainer, loadedModelVersion, clock,
                BuiltInFamilies.all());
    }

    /**
     * @param interactions where posted interactions are recorded: the recommendation side's history, so
     *                     that it sees them at once
     * @param families     the model families the page shows
     */
    public ApiWiring(JdbcAdapters jdbc, InteractionHistory interactions, DataSource dataSource, CtxrecConfig config,
                     Retrainer retrainer, Supplier<String> loadedModelVersion, Clock clock, ModelFamilies families) {
        queries = new RecommendationQueries(clock);
        feedback = new Feedback(jdbc.userDirectory(), jdbc.productCatalog(), interactions, jdbc.ratings(), clock);
        listings = new Listings(jdbc.productCatalog(), jdbc.userDirectory());
        modelsReport = new ModelsReport(jdbc.modelVersions(),
                new FileModelArtifacts(config.getPath("ctxrec.data.dir"), families), retrainer::progress, families);
        // By name: camel-micrometer's route policies find the registry so.
        beans.put(MicrometerConstants.METRICS_REGISTRY_NAME, metrics.registry());
        adminToken = AdminToken.of(config.get("ctxrec.admin.token"));
        retrainJobs = new RetrainJobs(retrainer, clock);
        database = new DatabaseHealthCheck(dataSource);
        models = new ModelsHealthCheck(loadedModelVersion);
    }

    /**
     * Binds the API's beans that are looked up by name, adds its routes, and before the routes start adds
     * per-route metrics, the recommendation counters ({@link ServiceMetricsPolicy}) and the health checks.
     */
    public static ApiWiring bind(Main main, JdbcAdapters jdbc, DataSource dataSource, CtxrecConfig config,
                                 Retrainer retrainer, Supplier<String> loadedModelVersion) {
        return bind(main, jdbc, jdbc.interactionHistory(), dataSource, config, retrainer, loadedModelVersion,
                BuiltInFamilies.all());
    }

    /** As above, posted interactions recorded through {@code interactions}, {@code families} shown on the page. */
    public static ApiWiring bind(Main main, JdbcAdapters jdbc, InteractionHistory interactions, DataSource dataSource,
                                 CtxrecConfig config, Retrainer retrainer, Supplier<String> loadedModelVersion,
                                 ModelFamilies families) {
        ApiWiring api = new ApiWiring(jdbc, interactions, dataSource, config, retrainer, loadedModelVersion,
                Clock.systemUTC(), families);
        api.beans().forEach(main::bind);
        api.routes().forEach(main.configure()::addRoutesBuilder);
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeConfigure(BaseMainSupport m) {
                api.install(m.getCamelContext());
            }
        });
        return api;
    }

    public Map<String, Object> beans() {
        return beans;
    }

    public ServiceMetrics metrics() {
        return metrics;
    }

    /** One builder per concern, and the error handling they share. */
    public List<RoutesBuilder> routes() {
        return List.of(new ApiErrorHandling(), new ApiRestConfiguration(), new RecommendationApiRoutes(queries),
                new FeedbackApiRoutes(feedback), new CatalogApiRoutes(listings), new ModelApiRoutes(modelsReport),
                new AdminApiRoutes(adminToken, retrainJobs), new ObservabilityRoutes(metrics));
    }

    /**
     * Per-route request counts and latency (camel-micrometer), the recommendation counters and the health
     * checks; before the routes start.
     */
    public void install(CamelContext context) {
        MicrometerRoutePolicyFactory policies = new MicrometerRoutePolicyFactory();
        policies.setMeterRegistry(metrics.registry());
        context.addRoutePolicyFactory(policies);
        context.addRoutePolicyFactory(ServiceMetricsPolicy.factory(metrics));
        context.getComponent("platform-http", org.apache.camel.component.platform.http.PlatformHttpComponent.class)
                .setHeaderFilterStrategy(new ApiHeaderFilter());
        HealthCheckRegistry health = HealthCheckRegistry.get(context);
        health.register(database);
        health.register(models);
        try {
            context.addStartupListener(new NotFoundReplies());
        } catch (Exception e) {
            throw new IllegalStateException("cannot install the JSON 404/405 replies", e);
        }
    }
}
