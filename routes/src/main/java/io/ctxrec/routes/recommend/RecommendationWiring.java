package io.ctxrec.routes.recommend;

import io.ctxrec.adapters.config.CtxrecConfig;
import io.ctxrec.adapters.jdbc.JdbcAdapters;
import io.ctxrec.domain.family.ModelFamilies;
import javax.sql.DataSource;
import org.apache.camel.main.Main;

/** The one call the application makes to serve recommendations: binds the data source and adds the routes. */
public final class RecommendationWiring {
    private RecommendationWiring() {
    }

    /**
     * Returns what it built: whatever else records interactions in this process must record them through
     * {@code reads().interactionHistory()}, so the next list is fresh at once.
     */
    public static RecommendationBeans bind(Main main, JdbcAdapters jdbc, DataSource dataSource, CtxrecConfig config,
                                           ModelFamilies families) {
        RecommendationSettings settings = RecommendationSettings.fromConfig(config, families);
        RememberedReads reads = new RememberedReads(jdbc, settings.recheck(), settings.clock());
        RecommendationBeans beans = RecommendationBeans.create(reads, jdbc, dataSource, settings, families);
        beans.bind(main::bind);
        beans.routes().forEach(main.configure()::addRoutesBuilder);
        return beans;
    }
}
