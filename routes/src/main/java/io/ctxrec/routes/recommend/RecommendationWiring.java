package io.ctxrec.routes.recommend;

import io.ctxrec.adapters.config.CtxrecConfig;
import io.ctxrec.adapters.jdbc.JdbcAdapters;
import io.ctxrec.domain.family.ModelFamilies;
import io.ctxrec.routes.scoring.ScoringRoutes;
import javax.sql.DataSource;
import org.apache.camel.main.Main;

/** The one call the application makes to serve recommendations: binds the beans and adds the routes. */
public final class RecommendationWiring {
    private RecommendationWiring() {
    }

    /**
     * Returns the {@link RememberedReads} the routes read through: whatever else records interactions in this
     * process must record them through its {@code interactionHistory()}, so the next list is fresh at once.
     */
    public static RememberedReads bind(Main main, JdbcAdapters jdbc, DataSource dataSource, CtxrecConfig config,
                                      ModelFamilies families) {
        RecommendationSettings settings = RecommendationSettings.fromConfig(config, families);
        RememberedReads reads = new RememberedReads(jdbc, settings.recheck(), settings.clock());
        RecommendationBeans.create(reads, jdbc, dataSource, settings, families).forEach(main::bind);
        main.configure().addRoutesBuilder(new RecommendationRoutes());
        main.configure().addRoutesBuilder(new ScoringRoutes(families));
        return reads;
    }
}
