package io.ctxrec.routes.recommend;

import io.ctxrec.adapters.artifacts.FileModelArtifacts;
import io.ctxrec.adapters.family.BuiltInFamilies;
import io.ctxrec.adapters.jdbc.JdbcAdapters;
import io.ctxrec.domain.family.ModelFamilies;
import io.ctxrec.domain.selection.ModelSelectionPolicy;
import io.ctxrec.routes.scoring.ScoringRoutes;
import io.ctxrec.routes.scoring.ServingModels;
import io.ctxrec.routes.scoring.ServingVersions;
import java.util.List;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.apache.camel.RoutesBuilder;

/** Builds what the recommendation and scoring routes call, and the route builders, which hold it. */
public final class RecommendationBeans {
    /** The registry name of the data source, as camel-jdbc's endpoint URI names it. */
    public static final String DATA_SOURCE = RecommendationRoutes.DATA_SOURCE;

    private final DataSource dataSource;
    private final ServingModels servingModels;
    private final RememberedReads reads;
    private final RecommendationRoutes routes;
    private final ModelFamilies families;

    private RecommendationBeans(DataSource dataSource, ServingModels servingModels, RememberedReads reads,
                                RecommendationRoutes routes, ModelFamilies families) {
        this.dataSource = dataSource;
        this.servingModels = servingModels;
        this.reads = reads;
        this.routes = routes;
        this.families = families;
    }

    /** With its own {@link RememberedReads}: for callers that record no interaction in this process. */
    public static RecommendationBeans create(JdbcAdapters jdbc, DataSource dataSource, RecommendationSettings s) {
        return create(new RememberedReads(jdbc, s.recheck(), s.clock()), jdbc, dataSource, s);
    }

    /** With its own {@link RememberedReads}, serving the models of {@code families}. */
    public static RecommendationBeans create(JdbcAdapters jdbc, DataSource dataSource, RecommendationSettings s,
                                             ModelFamilies families) {
        return create(new RememberedReads(jdbc, s.recheck(), s.clock()), jdbc, dataSource, s, families);
    }

    public static RecommendationBeans create(RememberedReads reads, JdbcAdapters jdbc, DataSource dataSource,
                                             RecommendationSettings s) {
        return create(reads, jdbc, dataSource, s, BuiltInFamilies.all());
    }

    public static RecommendationBeans create(RememberedReads reads, JdbcAdapters jdbc, DataSource dataSource,
                                             RecommendationSettings s, ModelFamilies families) {
        ModelSelectionPolicy policy = ModelSelectionPolicy.withDefaultPreference();
        ShopSnapshot shop = new ShopSnapshot(jdbc.productCatalog(), jdbc.interactionHistory(), s.shopRefresh(),
                s.clock());
        ServingModels serving = new ServingModels(jdbc.modelVersions(),
                ServingVersions.from(new FileModelArtifacts(s.dataDir(), families)), s.versionCheck(), s.clock());
        UserLists lists = new UserLists(reads.recommendationCache(), reads.interactionHistory(), reads.modelRunLog(),
                reads.productCatalog(), s.zone(), s.clock());
        ListChoice choice = new ListChoice(policy, shop, s.fallbackWeights());
        return new RecommendationBeans(dataSource, serving, reads,
                new RecommendationRoutes(serving, lists, new UserDataCollector(s.zone()), choice), families);
    }

    /** Binds the one name the routes use: the data source of camel-jdbc's endpoint. */
    public void bind(BiConsumer<String, Object> registry) {
        registry.accept(DATA_SOURCE, dataSource);
    }

    public List<RoutesBuilder> routes() {
        return List.of(routes, new ScoringRoutes(families));
    }

    public ServingModels servingModels() {
        return servingModels;
    }

    /** What the routes read through; other writers of interactions in this process record through it. */
    public RememberedReads reads() {
        return reads;
    }
}
