package io.ctxrec.routes.recommend;

import io.ctxrec.adapters.artifacts.FileModelArtifacts;
import io.ctxrec.adapters.family.BuiltInFamilies;
import io.ctxrec.adapters.jdbc.JdbcAdapters;
import io.ctxrec.domain.family.ModelFamilies;
import io.ctxrec.domain.selection.ModelSelectionPolicy;
import io.ctxrec.routes.scoring.ModelScorer;
import io.ctxrec.routes.scoring.ServingModels;
import io.ctxrec.routes.scoring.ServingVersions;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/** Builds the beans the recommendation and scoring routes call, by the names they call them. */
public final class RecommendationBeans {
    public static final String DATA_SOURCE = "ctxrecDataSource";

    private RecommendationBeans() {
    }

    /** With its own {@link RememberedReads}: for callers that record no interaction in this process. */
    public static Map<String, Object> create(JdbcAdapters jdbc, DataSource dataSource, RecommendationSettings s) {
        return create(new RememberedReads(jdbc, s.recheck(), s.clock()), jdbc, dataSource, s);
    }

    /** With its own {@link RememberedReads}, serving the models of {@code families}. */
    public static Map<String, Object> create(JdbcAdapters jdbc, DataSource dataSource, RecommendationSettings s,
                                             ModelFamilies families) {
        return create(new RememberedReads(jdbc, s.recheck(), s.clock()), jdbc, dataSource, s, families);
    }

    public static Map<String, Object> create(RememberedReads reads, JdbcAdapters jdbc, DataSource dataSource,
                                             RecommendationSettings s) {
        return create(reads, jdbc, dataSource, s, BuiltInFamilies.all());
    }

    public static Map<String, Object> create(RememberedReads reads, JdbcAdapters jdbc, DataSource dataSource,
                                             RecommendationSettings s, ModelFamilies families) {
        ModelSelectionPolicy policy = ModelSelectionPolicy.withDefaultPreference();
        ShopSnapshot shop = new ShopSnapshot(jdbc.productCatalog(), jdbc.interactionHistory(), s.shopRefresh(),
                s.clock());
        Map<String, Object> beans = new LinkedHashMap<>();
        beans.put(DATA_SOURCE, dataSource);
        beans.put("servingModels", new ServingModels(jdbc.modelVersions(),
                ServingVersions.from(new FileModelArtifacts(s.dataDir(), families)),
                s.versionCheck(), s.clock()));
        beans.put("cacheCheck", new CacheCheck(reads.recommendationCache(), reads.interactionHistory(), s.clock()));
        beans.put("userDataCollector", new UserDataCollector(s.zone()));
        beans.put("scoringPlan", new ScoringPlan(shop));
        beans.put("modelScorer", new ModelScorer());
        beans.put("modelChoice", new ModelChoice(policy, shop, s.fallbackWeights()));
        beans.put("fallbackLists", new FallbackLists(policy, shop, s.fallbackWeights()));
        beans.put("recommendationStore", new RecommendationStore(reads.recommendationCache(), reads.modelRunLog(),
                s.clock()));
        beans.put("responseAssembler", new ResponseAssembler(reads.productCatalog(), reads.modelRunLog(), s.zone(),
                s.clock()));
        return beans;
    }
}
