package io.ctxrec.routes.recommend;

import io.ctxrec.adapters.config.CtxrecConfig;
import io.ctxrec.adapters.jdbc.JdbcAdapters;
import io.ctxrec.routes.scoring.ScoringRoutes;
import javax.sql.DataSource;
import org.apache.camel.main.Main;

/** The one call the application makes to serve recommendations: binds the beans and adds the routes. */
public final class RecommendationWiring {
    private RecommendationWiring() {
    }

    public static void bind(Main main, JdbcAdapters jdbc, DataSource dataSource, CtxrecConfig config) {
        RecommendationBeans.create(jdbc, dataSource, RecommendationSettings.fromConfig(config)).forEach(main::bind);
        main.configure().addRoutesBuilder(new RecommendationRoutes());
        main.configure().addRoutesBuilder(new ScoringRoutes());
    }
}
